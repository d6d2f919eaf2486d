package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarTollTest {
    @Test
    void aWholeWarsTollIsBackground() {
        assertTrue(PatternIncidentExtractor.warToll("The United Nations says the war has killed more than 220000 people."));
        assertTrue(PatternIncidentExtractor.warToll("The six-year conflict has so far killed at least 400,000 people."));
        assertTrue(PatternIncidentExtractor.warToll("More than 300,000 people have died since the start of the Syrian civil war."));
        assertTrue(PatternIncidentExtractor.warToll("Boko Haram has killed 20,000 people since 2009."));
        assertTrue(PatternIncidentExtractor.warToll("Some 10,000 have been killed since the uprising began."));
        assertTrue(PatternIncidentExtractor.warToll("He vowed to end six years of violence and at least 15,000 deaths."));
        assertTrue(PatternIncidentExtractor.warToll("Decades of civil war have killed more than 60,000 people."));
    }

    @Test
    void theDaysStrikeIsNot() {
        assertFalse(PatternIncidentExtractor.warToll("At least 27 people were killed in air strikes on Ariha on Monday."));
        assertFalse(PatternIncidentExtractor.warToll("The strike killed 12 fighters of the war-weary town's militia."));
        assertFalse(PatternIncidentExtractor.warToll("Since Monday, 40 people have been killed in the fighting."));
        assertFalse(PatternIncidentExtractor.warToll("Three years of age, the boy was among 12 killed in the fighting."));
        assertFalse(PatternIncidentExtractor.warToll(
                "At least 40 civilians were killed, the first report of civilian casualties since the start of the operation."));
    }
}
