package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: {@code golden/extract/NNN-input.txt} (an article, title first) beside
 * {@code NNN-expected.json} (the claims it plainly states, which the extraction must contain).
 */
class GoldenExtractionIT {
    static Stream<String> cases() {
        return Stream.of("000", "001", "002", "003");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("cases")
    void extractsThePlainlyStatedClaims(String name) throws IOException {
        String text = resource(name + "-input.txt");
        JsonNode expected = Json.mapper().readTree(resource(name + "-expected.json"));
        String title = text.substring(0, text.indexOf('\n'));
        Extraction e = Pipeline.standard().extract(new Article(name, null, null, null, title, text));
        List<Claim> claims = e.incidents().stream().flatMap(i -> i.claims().stream()).toList();
        for (JsonNode want : expected.get("claims")) {
            boolean found = claims.stream().anyMatch(c -> matches(want, c));
            assertTrue(found, "seed " + name + ": no claim like " + want + " among\n" + describe(claims));
        }
        if (expected.has("event_type")) {
            assertEquals(expected.get("event_type").asText(), e.incidents().get(0).eventType().code());
        }
        if (expected.has("location")) {
            IncidentMention main = e.incidents().get(0);
            assertTrue(main.location() != null && main.location().contains(expected.get("location").asText()),
                    "main incident's location " + main.location());
        }
        if (expected.has("min_incidents")) {
            assertTrue(e.incidents().size() >= expected.get("min_incidents").asInt(),
                    "background incidents kept apart: " + e.incidents().size());
        }
    }

    private static boolean matches(JsonNode want, Claim c) {
        if (!want.get("category").asText().equals(c.category().code())) {
            return false;
        }
        if (want.has("group") && !want.get("group").asText().equals(c.group().code())) {
            return false;
        }
        if (c.value() == null || want.get("value").asInt() != c.value()) {
            return false;
        }
        if (want.has("qualifier") && !want.get("qualifier").asText().equals(c.qualifier().code())) {
            return false;
        }
        return !want.has("source") || c.source().toLowerCase(Locale.ROOT).contains(want.get("source").asText().toLowerCase(Locale.ROOT));
    }

    private static String describe(List<Claim> claims) {
        StringBuilder b = new StringBuilder();
        for (Claim c : claims) {
            b.append("  ").append(c.category().code()).append(' ').append(c.group().code()).append(' ').append(c.value())
                    .append(' ').append(c.qualifier().code()).append(" (").append(c.source()).append(")\n");
        }
        return b.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GoldenExtractionIT.class.getResourceAsStream("/golden/extract/" + name)) {
            if (in == null) {
                throw new IOException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
