package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    static Stream<String> lines() {
        return GoldenLines.of("/golden/extract/sources.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void namesTheSourceOfEachFigure(String line) {
        String text = GoldenLines.input(line);
        String expected = GoldenLines.expected(line);
        List<String> got = new ArrayList<>();
        for (var incident : PIPELINE.extract(new Article("s", null, null, null, null, text)).incidents()) {
            for (Claim c : incident.claims()) {
                got.add(c.source());
            }
        }
        assertEquals(expected, String.join("; ", got), text);
    }
}
