package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordNetTest {
    @Test
    void nounsForPeopleAreTheirMostFrequentSensesUnderPerson() {
        for (String w : List.of("criminals", "convicts", "worshippers", "villagers", "civilians", "militants", "Policemen", "child")) {
            assertTrue(WordNet.isPerson(w), w);
        }
    }

    @Test
    void thingsGroupsAndRareSensesAreNot() {
        for (String w : List.of("vehicles", "homes", "shots", "bodies", "troops", "sheep", "percent", "", "xqzv")) {
            assertFalse(WordNet.isPerson(w), w);
        }
    }

    @Test
    void tokensWordNetCannotReadAreNoPersons() {
        for (String w : List.of("a/b", "http://example.com/a?b=c", "..", "%s%n", "\u0000", "x".repeat(10_000), "h\u0334\u0302")) {
            assertFalse(WordNet.isPerson(w), w.length() > 20 ? w.substring(0, 20) : w);
        }
    }

    @Test
    void wordsDescribingPeopleAreNotPlaceNames() {
        for (String w : List.of("Shiite", "Sunni", "Christian", "Kurdish", "Catholic", "Druze")) {
            assertTrue(WordNet.describesPeople(w), w);
        }
        for (String w : List.of("Dahyan", "Salihiah", "Kofa", "Kadhimiyah", "Bakara", "", "x".repeat(10_000))) {
            assertFalse(WordNet.describesPeople(w), w.length() > 20 ? w.substring(0, 20) : w);
        }
    }

    @Test
    void commonWordsAreListedInLowerCaseNamesAreNot() {
        for (String w : List.of("Rises", "Breaks", "Siege", "fuel", "August")) {
            assertTrue(WordNet.isCommonWord(w), w);
        }
        for (String w : List.of("Aleppo", "Raqqa", "Sharqi", "Maqsoud", "", "x".repeat(10_000))) {
            assertFalse(WordNet.isCommonWord(w), w.length() > 20 ? w.substring(0, 20) : w);
        }
    }
}
