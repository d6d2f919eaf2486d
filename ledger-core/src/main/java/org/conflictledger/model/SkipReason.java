package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why the relevance stage let an article bypass annotation: the recorded reason of a skip. */
public enum SkipReason {
    /** The text holds no word. */
    EMPTY_TEXT,
    /** No word of the casualty vocabulary (killed, wounded, dead, death toll, casualties ...). */
    NO_CASUALTY_WORDS,
    /**
     * Casualty words, but none near a figure ("12", "dozens", "no") or a victim ("a teacher was killed"):
     * "the death of the peace talks", "the film killed it at the box office".
     */
    NO_FIGURE_NEAR_CASUALTY,
    /**
     * Casualty figures, but the text names a disaster, accident or epidemic ("quake", "crash", "outbreak") and
     * no word of armed violence: deaths outside a conflict ledger's remit.
     */
    NON_VIOLENT_CAUSE;

    /** The lower-case name used in summaries and output. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
