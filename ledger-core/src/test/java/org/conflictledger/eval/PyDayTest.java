package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PyDayTest {
    @Test
    void readsTheDayOfAnIsoDateOrTimestamp() {
        assertEquals(LocalDate.of(2015, 11, 15), PyDay.parse("2015-11-15"));
        assertEquals(LocalDate.of(2015, 11, 15), PyDay.parse("2015-11-15T10:00:00Z"));
    }

    @Test
    void readsCompactAndWeekDatesAsPython311Does() {
        assertEquals(LocalDate.of(2015, 11, 15), PyDay.parse("20151115"));
        assertEquals(LocalDate.of(2015, 11, 15), PyDay.parse("20151115xx"), "the C parser ignores the rest");
        assertEquals(LocalDate.of(2015, 11, 9), PyDay.parse("2015-W46-1"));
        assertEquals(LocalDate.of(2015, 11, 9), PyDay.parse("2015W46"));
        assertEquals(LocalDate.of(2015, 12, 28), PyDay.parse("2015-W53-1"));
    }

    @Test
    void givesNoDayWhereFromisoformatRaises() {
        for (String s : Arrays.asList(null, "None", "", "2015-1-15", "2015-11", "0000-01-01", "2015-02-29",
                "2014-W53", "9999-W52-7", "2015-11-1\u00E9", "2015/11/15")) {
            assertNull(PyDay.parse(s), String.valueOf(s));
        }
    }
}
