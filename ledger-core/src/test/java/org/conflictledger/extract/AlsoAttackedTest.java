package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlsoAttackedTest {
    @Test
    void readsTheNameOfAFurtherPlaceStruck() {
        assertEquals("Dalori II IDP", PatternIncidentExtractor.alsoAttackedName(
                "The terrorists, who overpowered security personnel, also attacked Dalori II IDP camp and killed eight persons."));
        assertEquals("Malumti", PatternIncidentExtractor.alsoAttackedName(
                "Also attacking Malumti village, the terrorists killed two persons."));
        assertEquals("Soro", PatternIncidentExtractor.alsoAttackedName("The gunmen also stormed the Soro market."));
        assertNull(PatternIncidentExtractor.alsoAttackedName("The gunmen attacked Soro market."));
        assertNull(PatternIncidentExtractor.alsoAttackedName("The gunmen also attacked a market."));
    }

    @Test
    void aLongRunOfCapitalisedWordsIsReadInBoundedTimeAndStack() {
        String hostile = "They also attacked " + "Abc ".repeat(75_000) + "x";
        String name = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PatternIncidentExtractor.alsoAttackedName(hostile));
        assertEquals("Abc Abc Abc Abc Abc Abc", name, "at most six words");
    }
}
