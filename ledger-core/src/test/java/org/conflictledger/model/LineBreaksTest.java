package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Soft wraps inside a sentence against line breaks that end one. */
class LineBreaksTest {
    @Test
    void aBreakInsideASentenceBeforeALowerCaseWordOrADigitIsASoftWrap() {
        String text = "killed at least\ntwelve people and\n12 more.\nThe army";
        assertTrue(LineBreaks.softWrap(text, text.indexOf('\n')));
        assertTrue(LineBreaks.softWrap(text, text.indexOf("and\n") + 3));
        assertFalse(LineBreaks.softWrap(text, text.indexOf(".\n") + 1), "after a full stop");
        assertFalse(LineBreaks.softWrap("Headline\nThe story", 8), "before a capital");
        assertFalse(LineBreaks.softWrap("\nlower", 0), "at the start");
    }

    @Test
    void unwrappingKeepsEveryOffset() {
        String text = "killed at least \n  twelve people.\nThe end\n";
        String unwrapped = LineBreaks.unwrap(text);
        assertEquals(text.length(), unwrapped.length());
        assertEquals("killed at least    twelve people.\nThe end\n", unwrapped);
    }
}
