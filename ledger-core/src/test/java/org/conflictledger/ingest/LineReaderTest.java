package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnLfAndCrlfAndKeepsALastLineWithoutTerminator() throws IOException {
        assertEquals(List.of("a", "", "b", "c"), lines("a\r\n\nb\nc", 100));
    }

    @Test
    void endsWithoutAnExtraLineAfterATrailingNewline() throws IOException {
        assertEquals(List.of("a"), lines("a\n", 100));
        assertEquals(List.of(), lines("", 100));
    }

    @Test
    void keepsALineOfExactlyTheBoundAndFlagsOneByteMore() throws IOException {
        assertEquals(List.of("12345", "<oversized>", "ok", "12345"), lines("12345\n123456\nok\n12345\r\n", 5));
    }

    @Test
    void countsLinesAcrossBufferBoundaries() throws IOException {
        String longLine = "y".repeat(200_000);
        LineReader reader = reader("x\n" + longLine + "\nz", 1_000_000);
        assertTrue(reader.next());
        assertTrue(reader.next());
        assertEquals(longLine, reader.text());
        assertTrue(reader.next());
        assertEquals(3, reader.number());
        assertEquals("z", reader.text());
        assertFalse(reader.next());
    }

    @Test
    void dropsByteOrderMarksStartingLinesAsInConcatenatedFiles() throws IOException {
        assertEquals(List.of("a", "b"), lines("\uFEFFa\n\uFEFFb", 100));
    }

    private static List<String> lines(String input, int max) throws IOException {
        LineReader reader = reader(input, max);
        List<String> out = new ArrayList<>();
        while (reader.next()) {
            out.add(reader.oversized() ? "<oversized>" : reader.text());
        }
        return out;
    }

    private static LineReader reader(String input, int max) {
        return new LineReader(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
    }
}
