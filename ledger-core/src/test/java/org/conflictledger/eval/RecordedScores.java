package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import org.conflictledger.model.Json;

/** The dev scores last recorded in {@code eval/recorded-dev-scores.json}; a score may rise, never fall. */
final class RecordedScores {
    private RecordedScores() {
    }

    static void assertNoneFell(String set, Map<String, Double> measured, String report) {
        JsonNode floors;
        try (InputStream in = RecordedScores.class.getResourceAsStream("/eval/recorded-dev-scores.json")) {
            floors = Json.mapper().readTree(in).get(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder fell = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = floors.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            double got = measured.getOrDefault(f.getKey(), 0.0);
            // scores print to three decimals; half a unit of the last one absorbs rounding
            if (got < f.getValue().asDouble() - 0.0005) {
                fell.append(String.format("%s: %s fell to %.3f below its recorded %.3f%n", set, f.getKey(), got, f.getValue().asDouble()));
            }
        }
        assertTrue(fell.length() == 0, fell + report);
    }
}
