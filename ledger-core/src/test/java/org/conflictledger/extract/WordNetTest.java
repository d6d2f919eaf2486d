package org.conflictledger.extract;

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
}
