package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void continentsRegionsAcrossBordersAndSeasAreAboveAnyCountry() {
        assertTrue(PlaceNames.isWorldRegion("Europe"));
        assertTrue(PlaceNames.isWorldRegion("the Middle East"));
        assertTrue(PlaceNames.isWorldRegion("West Africa"));
        assertTrue(PlaceNames.isWorldRegion("Southeast Asia"));
        assertTrue(PlaceNames.isWorldRegion("the Mediterranean Sea"));
        assertTrue(PlaceNames.isWorldRegion("Indian Ocean"));
    }

    @Test
    void countriesAndTownsAreNotAboveAnyCountry() {
        assertFalse(PlaceNames.isWorldRegion("South Africa"));
        assertFalse(PlaceNames.isWorldRegion("Central African Republic"));
        assertFalse(PlaceNames.isWorldRegion("Aleppo"));
        assertFalse(PlaceNames.isWorldRegion("Sea"));
        assertFalse(PlaceNames.isWorldRegion(null));
    }
}
