package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Soft wraps inside a sentence against line breaks that end one. */
class LineBreaksTest {
    @Test
    void aBreakInsideASentenceBeforeALowerCaseWordOrADigitIsASoftWrap() {
        assertEquals("killed at least twelve people and 12 more.\nThe army",
                LineBreaks.unwrap("killed at least\ntwelve people and\n12 more.\nThe army"));
        assertEquals("Headline\nThe story", LineBreaks.unwrap("Headline\nThe story"));
        assertEquals("Text\n\nlower case after a blank line", LineBreaks.unwrap("Text\n\nlower case after a blank line"));
    }

    @Test
    void unwrappingKeepsEveryOffset() {
        String text = "killed at least \n  twelve people.\nThe end\n";
        String unwrapped = LineBreaks.unwrap(text);
        assertEquals(text.length(), unwrapped.length());
        assertEquals("killed at least    twelve people.\nThe end\n", unwrapped);
    }

    @Test
    void inCopyWrappedAtAFixedWidthABreakBeforeACapitalIsASoftWrapToo() {
        String wire = "Gunmen attacked a guesthouse in the Afghan capital late on Wednesday, killing\n"
                + "at least five people including a US citizen and two Indian nationals in\n"
                + "Kabul, police said. The attackers stormed the building as guests gathered\n"
                + "for a party, officials told reporters at the scene on Thursday morning and\n"
                + "Reuters confirmed the toll.\n";
        assertTrue(LineBreaks.hardWrapped(wire));
        String unwrapped = LineBreaks.unwrap(wire);
        assertTrue(unwrapped.contains("nationals in Kabul, police said."), unwrapped);
        assertTrue(unwrapped.contains("gathered for a party"), unwrapped);
        assertEquals(wire.length(), unwrapped.length());
    }

    @Test
    void linesThatEachEndASentenceOrRunLongAreNoWrappedCopy() {
        assertFalse(LineBreaks.hardWrapped("Five people were killed in an attack on a market in the city on Sunday.\n"
                + "Police said the attackers fled on motorbikes after the shooting had ended.\n"
                + "The wounded were taken to the main hospital in the centre of the city.\n"
                + "No group has claimed responsibility for the attack so far, officials said.\n"));
        assertEquals("Air strikes kill 30 in eastern Syria\nThe death toll rose",
                LineBreaks.unwrap("Air strikes kill 30 in eastern Syria\nThe death toll rose"));
    }
}
