package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Who gave each figure: one organisation named many ways resolves to one name. */
class SourceRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SourceRulesIT.class.getResourceAsStream("/golden/extract/sources.txt"), StandardCharsets.UTF_8))) {
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
    void namesTheSourceOfEachFigure(String line) {
        String text = line.substring(0, line.indexOf(" => "));
        String expected = line.substring(line.indexOf(" => ") + 4).strip();
        List<String> got = new ArrayList<>();
        for (var incident : PIPELINE.extract(new Article("s", null, null, null, null, text)).incidents()) {
            for (Claim c : incident.claims()) {
                got.add(c.source());
            }
        }
        assertEquals(expected, String.join("; ", got), text);
    }
}
