package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whom a casualty figure counts (../gold/GUIDE.md): police, soldiers and armed groups' members are combatants. */
public enum Group {
    ALL,
    CIVILIANS,
    COMBATANTS,
    CHILDREN,
    WOMEN,
    UNKNOWN;

    /** The schema's lower-case name. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the schema's name; fails naming the value when it is not one. */
    @JsonCreator
    public static Group of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a Group: " + code);
        }
    }
}
