package org.conflictledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger annotator-cost} without models: bad input and options. */
class AnnotatorCostCommandTest {
    private static String[] run(String... args) {
        CliRun.Outcome o = CliRun.ledger(args);
        return new String[] {String.valueOf(o.code()), o.out(), o.err()};
    }

    @Test
    void failsClearlyWhenNothingCanBeRead(@TempDir Path dir) {
        String[] o = run("annotator-cost", dir.resolve("missing.jsonl").toString());
        assertEquals("1", o[0]);
        assertTrue(o[2].contains("missing.jsonl"), o[2]);
        assertTrue(o[2].contains("no articles to measure"), o[2]);
        assertEquals("", o[1]);
    }

    @Test
    void refusesAnEmptyMeasurement(@TempDir Path dir) {
        String[] o = run("annotator-cost", dir.toString(), "--limit", "0");
        assertEquals("2", o[0]);
        assertTrue(o[2].contains("--limit"), o[2]);
    }
}
