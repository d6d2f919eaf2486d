package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** GoldScorer gives the numbers, and prints the report, that the reference gold/score.py gives. */
class GoldScorerAgreementTest {
    @TempDir
    Path tmp;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 16);
    }

    @Test
    void agreesWithScorePyOnThePerfectOutput() throws Exception {
        Path shared = SharedData.dirWithPython();
        assertAgrees(shared, GoldFixtures.goldAsExtractions(shared.resolve("gold/dev")));
    }

    @Test
    void agreesWithScorePyOnAnEmptyOutput() throws Exception {
        assertAgrees(SharedData.dirWithPython(), List.of());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void agreesWithScorePyOnDamagedOutput(long seed) throws Exception {
        Path shared = SharedData.dirWithPython();
        List<Extraction> gold = GoldFixtures.goldAsExtractions(shared.resolve("gold/dev"));
        assertAgrees(shared, GoldFixtures.perturbed(gold, seed));
    }

    @Test
    void agreesWithScorePyWhenEveryIncidentIsOneCluster() throws Exception {
        Path shared = SharedData.dirWithPython();
        List<Extraction> merged = GoldFixtures.goldAsExtractions(shared.resolve("gold/dev")).stream()
                .map(e -> new Extraction(e.id(), e.incidents().stream().map(m -> m.withIncidentId("one")).toList()))
                .toList();
        assertAgrees(shared, merged);
    }

    @Test
    void agreesWithScorePyWhenNoIncidentMatches() throws Exception {
        Path shared = SharedData.dirWithPython();
        List<Extraction> stripped = new ArrayList<>();
        for (Extraction e : GoldFixtures.goldAsExtractions(shared.resolve("gold/dev"))) {
            List<IncidentMention> incidents = new ArrayList<>();
            for (IncidentMention m : e.incidents()) {
                incidents.add(new IncidentMention(m.incidentId(), m.eventType(), null, null, "Nowhere", null, null,
                        null, null, null, m.perpetrators(), false, List.of()));
            }
            stripped.add(new Extraction(e.id(), incidents));
        }
        assertAgrees(shared, stripped);
    }

    private void assertAgrees(Path shared, List<Extraction> system) throws IOException, InterruptedException {
        Path goldDir = shared.resolve("gold/dev");
        Path file = tmp.resolve("system.jsonl");
        try (Stream<String> lines = system.stream().map(Json::line)) {
            Files.write(file, (Iterable<String>) lines::iterator, StandardCharsets.UTF_8);
        }
        Scores java = GoldScorer.score(GoldScorer.loadGold(goldDir), system);
        String script = shared.resolve("gold/score.py").toString();
        JsonNode python = Json.mapper().readTree(SharedData.python(script, goldDir.toString(), file.toString(), "--json"));

        List<String> pythonNames = new ArrayList<>();
        python.fieldNames().forEachRemaining(pythonNames::add);
        List<String> javaNames = new ArrayList<>(java.metrics().keySet());
        javaNames.add("counts");
        assertEquals(pythonNames, javaNames, "metric names and order");
        for (Map.Entry<String, Double> m : java.metrics().entrySet()) {
            assertEquals(python.get(m.getKey()).doubleValue(), m.getValue(), 1e-9, m.getKey());
        }
        JsonNode counts = python.get("counts");
        List<String> countNames = new ArrayList<>();
        counts.fieldNames().forEachRemaining(countNames::add);
        assertEquals(countNames, List.copyOf(java.counts().keySet()), "count names and order");
        for (Iterator<Map.Entry<String, JsonNode>> it = counts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            assertEquals(c.getValue().intValue(), java.counts().get(c.getKey()), c.getKey());
        }
        assertEquals(SharedData.python(script, goldDir.toString(), file.toString()), java.format(), "printed report");
    }
}
