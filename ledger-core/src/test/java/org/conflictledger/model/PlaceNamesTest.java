package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {
    @Test
    void aNameEndsWhereTheWordsOfTheEventBegin() {
        assertEquals("Manbij", PlaceNames.beforeEventWords("Manbij Killing 80"));
        assertEquals("Adra", PlaceNames.beforeEventWords("Adra Ambush Middle East"));
        assertEquals("Idleb", PlaceNames.beforeEventWords("Idleb Strikes"));
        assertNull(PlaceNames.beforeEventWords("Attack"));
    }

    @Test
    void aPlaceNameIsKept() {
        assertEquals("Deir ez-Zor", PlaceNames.beforeEventWords("Deir ez-Zor"));
        assertEquals("Battle Creek", PlaceNames.beforeEventWords("Battle Creek"));
        assertNull(PlaceNames.beforeEventWords(null));
    }
}
