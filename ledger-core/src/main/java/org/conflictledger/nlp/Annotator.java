package org.conflictledger.nlp;

import java.util.List;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.Span;

/** The nlp stage's contract: one article in, its annotation out. Implementations are thread-safe. */
public interface Annotator {
    /** Annotates one article; never returns null. */
    AnnotatedArticle annotate(Article article);

    /**
     * Annotates only the given passages of the article; the rest of the text is read as blank, so sentences,
     * tokens and mentions keep their offsets into the whole text, and come out exactly as the whole
     * article's annotation gives them where a passage holds whole sentences. The document date is still
     * taken from the whole article.
     *
     * @param passages spans of the text, in order and not overlapping (a relevance decision's passages)
     */
    AnnotatedArticle annotate(Article article, List<Span> passages);

    /** The process-wide CoreNLP annotator; its models load on first use. */
    static Annotator coreNlp() {
        return CoreNlpAnnotator.shared();
    }

    /**
     * The process-wide CoreNLP models run as stock CoreNLP runs them, SUTime on every sentence: the naive path's
     * annotator. Its annotation equals {@link #coreNlp()}'s; only its cost differs.
     */
    static Annotator coreNlpStock() {
        return CoreNlpAnnotator.shared().stock();
    }

    /**
     * Seconds each CoreNLP annotator has spent so far in this process, by annotator name, in pipeline order;
     * empty before the models load.
     */
    static java.util.Map<String, Double> stageSeconds() {
        return CoreNlpAnnotator.stageSeconds();
    }

    /**
     * The share of the sentences {@link #coreNlp()} annotated that SUTime read (the others hold no time cue), or
     * -1 before any; {@link #coreNlpStock()}'s sentences are not counted.
     */
    static double timeTaggedShare() {
        return CoreNlpAnnotator.timeTaggedShare();
    }

    /** Seconds the shared models took to load, or -1 when they have not loaded yet. */
    static double modelLoadSeconds() {
        return CoreNlpAnnotator.loadSeconds();
    }
}
