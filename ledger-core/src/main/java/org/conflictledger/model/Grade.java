package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How well an incident is reported, after Airwars' grading: by one independent source, by several that
 * agree, or by sources that contradict each other (tolls beyond their qualifiers, or the perpetrator).
 */
public enum Grade {
    SINGLE_SOURCE,
    SEVERAL_SOURCES,
    CONTESTED;

    /** The schema's lower-case name. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the schema's name; fails naming the value when it is not one. */
    @JsonCreator
    public static Grade of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a Grade: " + code);
        }
    }
}
