package org.conflictledger.model;

/**
 * A half-open character range [start, end) in an article's text.
 *
 * @param start first character offset, inclusive
 * @param end last character offset, exclusive; never before start
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The covered text. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
