package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiledFromTest {
    private static boolean dateline(String text, String name) {
        int at = text.indexOf(name);
        return FiledFrom.isDateline(text, at, at + name.length());
    }

    @Test
    void aPlaceInCapitalsIsADateline() {
        assertTrue(dateline("date 2015-10-04 KABUL Medical aid group MSF said", "KABUL"));
    }

    @Test
    void aPlaceBeforeAnAgencyInBracketsAndADashIsADateline() {
        assertTrue(dateline("Irbil, Iraq (CNN) \u2014 A coalition airstrike killed", "Irbil"));
        assertTrue(dateline("MOSUL, Iraq (Reuters) - Iraqi forces", "MOSUL"));
        assertTrue(dateline("Kabul (AP) -- A suicide bomber", "Kabul"));
    }

    @Test
    void theAgencyInBracketsAfterADatelineIsNoPlace() {
        assertTrue(dateline("in Deir ez-Zor MOSCOW (Sputnik) According to SANA news agency", "Sputnik"));
        assertTrue(dateline("BEIRUT, Lebanon (Sputnik) - A total of 24", "Sputnik"));
        assertFalse(dateline("in Mosul (Nineveh) on Monday", "Nineveh"));
    }

    @Test
    void aPlaceOpeningALineBeforeAColonIsADatelineUnlessItIsACountry() {
        assertTrue(dateline("Kabul: The toll by air strikes at a hospital in Kunduz city has risen to 22", "Kabul"));
        assertTrue(dateline("MSF toll rises\n  Kabul: The toll has risen to 22", "Kabul"));
        assertFalse(dateline("Syria: 27 killed in air strikes on Idlib", "Syria"));
        assertFalse(dateline("Officials in Kabul: the toll has risen", "Kabul"));
    }

    @Test
    void aPlaceInRunningTextOrACountrysAbbreviationIsNot() {
        assertFalse(dateline("Air strikes killed 20 people in Kabul on Monday", "Kabul"));
        assertFalse(dateline("The UAE said on Monday", "UAE"));
        assertFalse(dateline("in Mosul (Nineveh province) on Monday", "Mosul"));
    }

    @Test
    void aCountryWhosePossessiveLostItsApostropheIsStillTheCountry() {
        assertEquals("SY", Countries.byName("Syrias"));
        assertEquals("PH", Countries.byName("Philippines"));
    }
}
