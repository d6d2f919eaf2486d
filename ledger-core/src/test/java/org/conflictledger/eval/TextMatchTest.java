package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchTest {
    @Test
    void foldsRaqqaSpellingsToOnePlaceKey() {
        for (String name : List.of("Raqqa", "Ar-Raqqah", "al-Raqqa", "AR RAQQAH", "Raqqa city", "al\u2019Raqqa")) {
            assertEquals("raqa", TextMatch.placeKey(name), name);
        }
        assertTrue(TextMatch.samePlace("Raqqa", "Ar-Raqqah"));
        assertTrue(TextMatch.samePlace("al-Raqqa", "Raqqa Governorate"));
    }

    @Test
    void takesAContainedKeyOfFourLettersOrMoreAsTheSamePlace() {
        assertTrue(TextMatch.samePlace("Mosul al-Jadida", "Mosul"));
        assertFalse(TextMatch.samePlace("Hass", "Hassakeh"), "hass is only three letters after folding runs");
        assertFalse(TextMatch.samePlace("Homs", "Hama"));
        assertFalse(TextMatch.samePlace("", "Hama"));
        assertFalse(TextMatch.samePlace(null, null));
    }

    @Test
    void dropsAccentsAndCombiningMarksWhenFolding() {
        assertEquals("halab", TextMatch.fold("\u1E24alab"));
        assertEquals("sana'a", TextMatch.fold("San\u00E1'a"));
        assertEquals("", TextMatch.fold(null));
    }

    @Test
    void keepsMarksOfCombiningClassZeroAsPythonDoes() {
        // DEVANAGARI VOWEL SIGN I is a mark of class 0, so unicodedata.combining keeps it; the virama is class 9.
        assertEquals("\u0915\u093F", TextMatch.fold("\u0915\u093F"));
        assertEquals("\u0915", TextMatch.fold("\u0915\u094D"));
        assertFalse(TextMatch.combining(0x093F));
        assertTrue(TextMatch.combining(0x094D));
        assertTrue(TextMatch.combining(0x0301));
        assertFalse(TextMatch.combining('a'));
    }

    @Test
    void splitsPlaceWordsOnPythonWhitespace() {
        // U+001C is whitespace to Python's re but not to Java's \s.
        assertEquals("raqa", TextMatch.placeKey("al\u001CRaqqa"));
    }

    @Test
    void spellsTheAcronymOfCapitalisedWords() {
        assertEquals("SOHR", TextMatch.acronym("Syrian Observatory for Human Rights"));
        assertEquals("", TextMatch.acronym(null));
    }

    @Test
    void matchesSourcesByAcronymOrByWordsInside() {
        assertTrue(TextMatch.sameSource("Syrian Observatory for Human Rights", "SOHR"));
        assertTrue(TextMatch.sameSource("SOHR", "the Syrian Observatory for Human Rights"));
        assertTrue(TextMatch.sameSource("Doctors Without Borders (MSF)", "Doctors Without Borders"));
        assertFalse(TextMatch.sameSource("the monitor", "The Monitor said"), "stop words alone leave no tokens");
        assertFalse(TextMatch.sameSource("reporter", "AFP"));
        assertFalse(TextMatch.sameSource("reporter", ""));
    }

    @Test
    void keepsOnlyContentWordsOfASource() {
        assertEquals(List.of("syrian", "observatory", "human", "rights"),
                TextMatch.sourceTokens("The Syrian Observatory for Human Rights said"));
    }
}
