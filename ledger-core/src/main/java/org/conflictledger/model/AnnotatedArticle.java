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

    /** Fewer tokens than this make a line no sentence of the lead: "APD NEWS", "text", "Photo: AFP". */
    private static final int LEAD_TOKENS = 4;

    /**
     * The index after the lead: the first {@code n} sentences of at least {@value #LEAD_TOKENS} tokens, with the
     * shorter lines among them (an outlet's name, a byline, a scraped label).
     */
    public int leadEnd(int n) {
        int counted = 0;
        for (Sentence s : sentences) {
            if (s.tokens().size() >= LEAD_TOKENS && ++counted == n) {
                return s.index() + 1;
            }
        }
        return sentences.size();
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
