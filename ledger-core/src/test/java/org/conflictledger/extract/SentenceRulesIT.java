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

/** One sentence, the claims it states: the casualty register's patterns, each pinned by an example. */
class SentenceRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> lines() {
        return GoldenLines.of("/golden/extract/sentences.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void yieldsTheClaimsTheSentenceStates(String line) {
        String sentence = GoldenLines.input(line);
        String expected = GoldenLines.expected(line);
        List<String> got = new ArrayList<>();
        for (var incident : PIPELINE.extract(new Article("s", null, null, null, null, sentence)).incidents()) {
            for (Claim c : incident.claims()) {
                got.add(c.category().code() + " " + c.group().code() + " " + c.value() + " " + c.qualifier().code());
            }
        }
        assertEquals(expected, got.isEmpty() ? "nothing" : String.join("; ", got), sentence);
    }
}
