package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
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

    static Stream<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DateRulesIT.class.getResourceAsStream("/golden/extract/dates.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void datesTheIncidentAsTheTextAllows(String line) {
        LocalDate published = LocalDate.parse(line.substring(0, line.indexOf(" | ")));
        String text = line.substring(line.indexOf(" | ") + 3, line.indexOf(" => "));
        String expected = line.substring(line.indexOf(" => ") + 4).strip();
        List<IncidentMention> incidents = PIPELINE.extract(new Article("d", null, null, published, null, text)).incidents();
        String got = incidents.isEmpty() ? "no incident" : String.valueOf(incidents.get(0).dateStart());
        assertEquals(expected, got, text);
    }
}
