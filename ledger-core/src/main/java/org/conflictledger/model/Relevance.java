package org.conflictledger.model;

import java.util.List;
import java.util.Objects;

/**
 * The relevance stage's decision on one article: the passages worth annotating, or why none is. Passages
 * are character spans into the article's original text, so everything found in them keeps offsets into
 * that text.
 *
 * @param passages spans to annotate, in text order, not overlapping; empty exactly when skipped
 * @param skipped why the article is skipped, or null when it is kept
 * @param hits casualty mentions near a figure or victim that the decision rests on (0 when skipped, or when
 *     the filter keeps everything without looking)
 */
public record Relevance(List<Span> passages, SkipReason skipped, int hits) {
    public Relevance {
        passages = List.copyOf(passages);
        if (passages.isEmpty() != (skipped != null)) {
            throw new IllegalArgumentException("a decision keeps passages or names a skip reason, not both or neither: "
                    + passages + ", " + skipped);
        }
        if (hits < 0) {
            throw new IllegalArgumentException("hits must not be negative, was " + hits);
        }
        for (int i = 1; i < passages.size(); i++) {
            if (passages.get(i).start() < passages.get(i - 1).end()) {
                throw new IllegalArgumentException("passages overlap or are out of order: " + passages);
            }
        }
    }

    /** Keeps the given passages. */
    public static Relevance keep(List<Span> passages, int hits) {
        return new Relevance(passages, null, hits);
    }

    /** Keeps the whole text. */
    public static Relevance whole(String text) {
        return new Relevance(List.of(new Span(0, Objects.requireNonNull(text, "text").length())), null, 0);
    }

    /** Skips the article for the given reason. */
    public static Relevance skip(SkipReason reason) {
        return new Relevance(List.of(), Objects.requireNonNull(reason, "reason"), 0);
    }

    /** True when the article goes on to annotation. */
    public boolean relevant() {
        return skipped == null;
    }

    /** True when the passages leave out nothing of {@code text} but whitespace. */
    public boolean coversAll(String text) {
        int from = 0;
        for (Span p : passages) {
            if (!blank(text, from, Math.min(p.start(), text.length()))) {
                return false;
            }
            from = Math.max(from, p.end());
        }
        return blank(text, from, text.length());
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Characters kept for annotation. */
    public int keptChars() {
        return passages.stream().mapToInt(Span::length).sum();
    }
}
