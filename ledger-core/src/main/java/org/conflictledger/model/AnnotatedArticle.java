package org.conflictledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article with its linguistic annotation, as the nlp stage returns it.
 *
 * @param article the article annotated
 * @param documentDate the date relative expressions were resolved against (publication date, or a
 *     dateline found in the text), or null when nothing anchored them
 * @param sentences sentences in order
 * @param mentions entity, number and time mentions in text order
 */
public record AnnotatedArticle(Article article, LocalDate documentDate, List<Sentence> sentences,
                               List<EntityMention> mentions) {
    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    /** The article text, for convenience. */
    public String text() {
        return article.text();
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
