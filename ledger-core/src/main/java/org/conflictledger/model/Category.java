package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a casualty figure counts. */
public enum Category {
    KILLED,
    INJURED;

    /** The schema's lower-case name. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the schema's name; fails naming the value when it is not one. */
    @JsonCreator
    public static Category of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a Category: " + code);
        }
    }
}
