package org.conflictledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code ledger bench-resolve} on a small synthetic batch: no models needed. */
class BenchResolveCommandTest {
    private static String[] run(String... args) {
        CliRun.Outcome o = CliRun.ledger(args);
        return new String[] {String.valueOf(o.code()), o.out(), o.err()};
    }

    @Test
    void resolvesATenthAndThenAllTheMentionsAndReportsSpeedQualityAndGrowth() {
        String[] o = run("bench-resolve", "--mentions", "5000", "--seed", "3");
        assertEquals("0", o[0], o[2]);
        assertTrue(o[1].contains("mentions 500:"), o[1]);
        assertTrue(o[1].contains("mentions 5,000:"), o[1]);
        assertTrue(o[1].contains("n log n ratio"), o[1]);
        assertTrue(o[1].contains("peak heap"), o[1]);
        Matcher m = Pattern.compile("mentions 5,000: .*pair precision ([0-9.]+) recall ([0-9.]+)").matcher(o[1]);
        assertTrue(m.find(), o[1]);
        assertTrue(Double.parseDouble(m.group(1)) > 0.9, o[1]);
        assertTrue(Double.parseDouble(m.group(2)) > 0.9, o[1]);
    }

    @Test
    void refusesATinyBatch() {
        String[] o = run("bench-resolve", "--mentions", "10");
        assertEquals("1", o[0]);
        assertTrue(o[2].contains("--mentions"), o[2]);
    }
}
