package org.conflictledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named entity, number or time expression found by the nlp stage, with its normalised value kept
 * beside the original text.
 *
 * @param type entity class
 * @param sentence index of the sentence holding it
 * @param firstToken index of its first token in that sentence
 * @param lastToken index after its last token in that sentence
 * @param start character offset in the article text
 * @param end character offset after it
 * @param text the mention as written
 * @param number numeric value of a NUMBER, ORDINAL, PERCENT or MONEY mention, else null
 * @param timex TIMEX3 value of a DATE, TIME, DURATION or SET mention (e.g. "2015-11-15", "XXXX-WXX-7"), else null
 * @param date the day a DATE or TIME mention resolves to against the document date, when it pins one day, else null
 */
public record EntityMention(EntityType type, int sentence, int firstToken, int lastToken, int start, int end,
                            String text, Double number, String timex, LocalDate date) {
    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        new Span(start, end);
        if (lastToken < firstToken) {
            throw new IllegalArgumentException("token range backwards: " + firstToken + ".." + lastToken);
        }
    }

    /** The mention's span in the article text. */
    public Span span() {
        return new Span(start, end);
    }
}
