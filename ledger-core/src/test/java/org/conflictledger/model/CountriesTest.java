package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void readsNamesAbbreviationsAndDemonyms() {
        assertEquals("SY", Countries.byName("Syria"));
        assertEquals("US", Countries.byName("U.S."));
        assertEquals("SY", Countries.byName("Syrias"));
        assertNull(Countries.byName("Syrian"));
        assertEquals("YE", Countries.byNameOrDemonym("Yemenis"));
    }

    @Test
    void aCountrysPossessiveWithItsApostropheLostNamesTheCountry() {
        assertEquals("SY", Countries.possessiveWithoutApostrophe("Syrias"));
        assertEquals("IQ", Countries.possessiveWithoutApostrophe("Iraqs"));
        assertEquals(null, Countries.possessiveWithoutApostrophe("Philippines"));
        assertEquals(null, Countries.possessiveWithoutApostrophe("Lagos"));
        assertEquals(null, Countries.possessiveWithoutApostrophe("syrias"));
    }

    @Test
    void aDemonymOfSeveralWordsIsCapitalisedInEach() {
        assertEquals("Syrian", Countries.demonym("SY"));
        assertEquals("South Sudanese", Countries.demonym("SS"));
        assertEquals("Central African", Countries.demonym("CF"));
    }

    @Test
    void aPartOfACountryNamedByDirectionIsThatCountry() {
        assertEquals("SY", Countries.byName("Northern Syria"));
        assertEquals("NG", Countries.byName("north-eastern Nigeria"));
        assertEquals("ML", Countries.byName("central Mali"));
        assertEquals("GB", Countries.byName("Northern Ireland"));
        assertEquals("ZA", Countries.byName("South Africa"));
        assertEquals("CF", Countries.byName("Central African Republic"));
        assertNull(Countries.byName("Northern Province"));
        assertNull(Countries.byNameOrDemonym("northern Syrian"));
    }
}
