package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarTollsTest {
    @Test
    void aWholeWarsTollIsBackground() {
        assertTrue(WarTolls.in("The United Nations says the war has killed more than 220000 people."));
        assertTrue(WarTolls.in("The six-year conflict has so far killed at least 400,000 people."));
        assertTrue(WarTolls.in("More than 300,000 people have died since the start of the Syrian civil war."));
        assertTrue(WarTolls.in("Boko Haram has killed 20,000 people since 2009."));
        assertTrue(WarTolls.in("Some 10,000 have been killed since the uprising began."));
        assertTrue(WarTolls.in("He vowed to end six years of violence and at least 15,000 deaths."));
        assertTrue(WarTolls.in("Decades of civil war have killed more than 60,000 people."));
    }

    @Test
    void theDaysStrikeIsNot() {
        assertFalse(WarTolls.in("At least 27 people were killed in air strikes on Ariha on Monday."));
        assertFalse(WarTolls.in("The strike killed 12 fighters of the war-weary town's militia."));
        assertFalse(WarTolls.in("Since Monday, 40 people have been killed in the fighting."));
        assertFalse(WarTolls.in("Three years of age, the boy was among 12 killed in the fighting."));
        assertFalse(WarTolls.in(
                "At least 40 civilians were killed, the first report of civilian casualties since the start of the operation."));
        // a first or a superlative since a year compares across years
        assertFalse(WarTolls.in("A car bomb killed six people in the first major assault there since 2007."));
        assertFalse(WarTolls.in("It was the deadliest attack on the city since 2011, police said."));
        assertTrue(WarTolls.in("It was the deadliest attack in years; the insurgency has killed 20,000 people since 2009."));
    }
}
