package org.conflictledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
     * The index after the lead: the first {@code n} sentences of at least {@value #LEAD_TOKENS} tokens that are no
     * photo captions, with the shorter lines and captions among them (an outlet's name, a byline, a scraped label).
     */
    public int leadEnd(int n) {
        return leadEnd(n, PhotoCaptions.of(this));
    }

    private int leadEnd(int n, Set<Integer> captions) {
        int counted = 0;
        for (Sentence s : sentences) {
            if (s.tokens().size() >= LEAD_TOKENS && !captions.contains(s.index()) && !repeated(s) && ++counted == n) {
                return s.index() + 1;
            }
        }
        return sentences.size();
    }

    /** How far into the text a line may repeat an earlier one and be no new sentence of the lead (sentences). */
    private static final int REPEAT_REACH = 8;

    /** Whether the sentence repeats an earlier one word for word: a title a page printed twice. */
    private boolean repeated(Sentence s) {
        if (s.index() == 0 || s.index() > REPEAT_REACH) {
            return false;
        }
        int length = s.end() - s.start();
        for (int k = 0; k < s.index(); k++) {
            Sentence e = sentences.get(k);
            if (e.end() - e.start() == length && text().regionMatches(e.start(), text(), s.start(), length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lead's sentences in order: those before {@link #leadEnd(int)}, photo captions ({@link PhotoCaptions}) and a
     * title printed twice left out.
     */
    public List<Integer> lead(int n) {
        Set<Integer> captions = PhotoCaptions.of(this);
        List<Integer> out = new java.util.ArrayList<>();
        for (int s = 0; s < Math.min(leadEnd(n, captions), sentences.size()); s++) {
            if (!captions.contains(s) && !repeated(sentences.get(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Number of tokens over all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
