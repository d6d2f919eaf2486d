package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.conflictledger.Pipeline;
import org.conflictledger.model.IncidentMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One short article and its publication day, the day of the incident it reports: relative days resolved
 * against the publication, the day of a saying not taken for the day of the event, and no day where the text
 * gives only a week or a month.
 */
class DateRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> lines() {
        return GoldenLines.of("/golden/extract/dates.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void datesTheIncidentAsTheTextAllows(String line) {
        String text = GoldenLines.articleText(line);
        String expected = GoldenLines.expected(line);
        List<IncidentMention> incidents = PIPELINE.extract(GoldenLines.dated("d", line)).incidents();
        String got = incidents.isEmpty() ? "no incident" : String.valueOf(incidents.get(0).dateStart());
        assertEquals(expected, got, text);
    }
}
