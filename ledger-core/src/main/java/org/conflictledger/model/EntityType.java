package org.conflictledger.model;

import java.util.Locale;

/** Named-entity classes the nlp stage reports; anything else it meets is {@link #OTHER}. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION, MISC, NUMBER, ORDINAL, PERCENT, MONEY, DATE, TIME, DURATION, SET, OTHER, NONE;

    /** Maps a tagger's label ("O", "PERSON", ...) onto this closed set. */
    public static EntityType fromTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.equals("O")) {
            return NONE;
        }
        try {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
