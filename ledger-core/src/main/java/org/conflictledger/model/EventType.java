package org.conflictledger.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Event taxonomy; maps one-to-one onto ACLED sub-event types. */
public enum EventType {
    AIR_STRIKE,
    DRONE_STRIKE,
    SHELLING_ARTILLERY_MISSILE,
    SUICIDE_BOMB,
    REMOTE_EXPLOSIVE_IED,
    ARMED_CLASH,
    ATTACK_ON_CIVILIANS,
    EXECUTION_MASS_KILLING,
    OTHER;

    /** The schema's lower-case name. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the schema's name; fails naming the value when it is not one. */
    @JsonCreator
    public static EventType of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("not a EventType: " + code);
        }
    }
}
