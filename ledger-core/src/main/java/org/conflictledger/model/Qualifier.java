package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a figure is: "at least 33" is AT_LEAST; "dozens" is VAGUE with no value. */
public enum Qualifier {
    EXACT,
    AT_LEAST,
    MORE_THAN,
    UP_TO,
    ABOUT,
    VAGUE;

    /** The schema's lower-case name. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the schema's name; fails naming the value when it is not one. */
    @JsonCreator
    public static Qualifier of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a Qualifier: " + code);
        }
    }
}
