package org.conflictledger.extract;

import org.conflictledger.model.Article;
import org.conflictledger.model.Relevance;

/**
 * The cheap stage in front of annotation: decides from the raw text, in microseconds, whether an article can
 * hold a casualty claim at all, and which of its passages the extractor needs, so that CoreNLP runs only on
 * those. It reads the extractor's own vocabulary, so the two cannot drift apart. Implementations are pure and
 * thread-safe.
 */
public interface RelevanceFilter {
    /** The decision for one article; never null, never throws on any text. */
    Relevance judge(Article article);

    /**
     * Casualty words near figures or victims, paragraph by paragraph: keeps the paragraphs that hold them,
     * a paragraph of context on each side and the article's lead; skips an article with none.
     */
    static RelevanceFilter lexical() {
        return LexicalRelevanceFilter.STANDARD;
    }

    /** Keeps every article whole: the naive path, full annotation of everything. */
    static RelevanceFilter everything() {
        return article -> Relevance.whole(article.text());
    }
}
