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

/** One sentence, the claims it states: the casualty register's patterns, each pinned by an example. */
class SentenceRulesIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SentenceRulesIT.class.getResourceAsStream("/golden/extract/sentences.txt"), StandardCharsets.UTF_8))) {
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
    void yieldsTheClaimsTheSentenceStates(String line) {
        String sentence = line.substring(0, line.indexOf(" => "));
        String expected = line.substring(line.indexOf(" => ") + 4).strip();
        List<String> got = new ArrayList<>();
        for (var incident : PIPELINE.extract(new Article("s", null, null, null, null, sentence)).incidents()) {
            for (Claim c : incident.claims()) {
                got.add(c.category().code() + " " + c.group().code() + " " + c.value() + " " + c.qualifier().code());
            }
        }
        assertEquals(expected, got.isEmpty() ? "nothing" : String.join("; ", got), sentence);
    }
}
