package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One casualty figure as a source gave it, with the exact text that states it.
 *
 * @param source who the article says gave the figure, canonical name; "reporter" for the article's own voice
 * @param category killed or injured
 * @param group whom the figure counts
 * @param value the figure; null only for vague amounts ("dozens"), which then carry {@link Qualifier#VAGUE}
 * @param qualifier how exact the figure is
 * @param evidence the article text between start and end, character for character
 * @param start character offset of the evidence in the article text
 * @param end character offset after the evidence
 */
@JsonPropertyOrder({"source", "category", "group", "value", "qualifier", "evidence", "start", "end"})
public record Claim(String source, Category category, Group group, Integer value, Qualifier qualifier,
                    String evidence, int start, int end) {
    public Claim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(evidence, "evidence");
        new Span(start, end);
        if (end - start != evidence.length()) {
            throw new IllegalArgumentException("evidence length " + evidence.length() + " does not match span ["
                    + start + ", " + end + ")");
        }
        if (value == null ? qualifier != Qualifier.VAGUE : value < 0) {
            throw new IllegalArgumentException("value " + value + " with qualifier " + qualifier);
        }
    }

    /** The evidence span. */
    public Span span() {
        return new Span(start, end);
    }
}
