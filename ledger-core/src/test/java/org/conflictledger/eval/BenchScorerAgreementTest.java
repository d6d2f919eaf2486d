package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** BenchScorer gives the numbers, and prints the report, that the reference bench/score.py gives. */
class BenchScorerAgreementTest {
    /** Imports bench/score.py under another name (it imports gold/score.py as "score") and prints score() as JSON. */
    private static final String EXACT = String.join("\n",
            "import importlib.util, json, sys",
            "spec = importlib.util.spec_from_file_location('bench_score', sys.argv[1])",
            "mod = importlib.util.module_from_spec(spec)",
            "spec.loader.exec_module(mod)",
            "print(json.dumps(mod.score(sys.argv[2], mod.load(sys.argv[3]), mod.load(sys.argv[4]))))");

    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (BenchScorer.Kind kind : BenchScorer.Kind.values()) {
            for (long seed = 0; seed < 5; seed++) {
                out.add(Arguments.of(kind, seed));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void agreesWithBenchScorePy(BenchScorer.Kind kind, long seed) throws Exception {
        Path shared = SharedData.dirWithPython();
        String name = kind.name().toLowerCase();
        Path labels = shared.resolve("bench").resolve(name).resolve("dev-labels.jsonl");
        List<Extraction> system = seed == 0 ? List.of() : guesses(labels, new Random(seed));
        Path file = tmp.resolve("system.jsonl");
        Files.write(file, system.stream().map(Json::line).toList(), StandardCharsets.UTF_8);
        Path script = shared.resolve("bench/score.py");

        BenchScores java = BenchScorer.score(kind, labels, system);
        JsonNode python = Json.mapper().readTree(SharedData.python("-c", EXACT, script.toString(), name,
                labels.toString(), file.toString()));
        List<String> names = new ArrayList<>();
        python.fieldNames().forEachRemaining(names::add);
        List<String> javaNames = new ArrayList<>(java.metrics().keySet());
        javaNames.addAll(List.of("articles", "articles_with_output"));
        assertEquals(names, javaNames, "metric names and order");
        java.metrics().forEach((k, v) -> assertEquals(python.get(k).doubleValue(), v, 1e-9, k));
        assertEquals(python.get("articles").intValue(), java.articles());
        assertEquals(python.get("articles_with_output").intValue(), java.articlesWithOutput());
        assertEquals(SharedData.python(script.toString(), name, labels.toString(), file.toString()), java.format(),
                "printed report");
    }

    /** A noisy extractor's output for the labelled articles: right, near and wrong figures, dates and places. */
    private static List<Extraction> guesses(Path labels, Random r) throws IOException {
        List<Extraction> out = new ArrayList<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode lab = Json.mapper().readTree(line);
            if (r.nextDouble() < 0.15) {
                continue;
            }
            List<Integer> truths = new ArrayList<>();
            for (String k : List.of("deaths", "civilians", "noncivilians")) {
                if (lab.has(k)) {
                    truths.add(lab.get(k).intValue());
                }
            }
            if (truths.size() == 2) {
                truths.add(truths.get(0) + truths.get(1));
            }
            LocalDate labelled = PyDay.parse(lab.path("date").asText(null));
            List<IncidentMention> incidents = new ArrayList<>();
            int n = r.nextInt(4);
            for (int i = 0; i < n; i++) {
                List<Claim> claims = new ArrayList<>();
                int m = r.nextInt(4);
                for (int j = 0; j < m; j++) {
                    int truth = GoldFixtures.pick(r, truths);
                    int value = r.nextDouble() < 0.6 ? truth : Math.max(0, truth + r.nextInt(7) - 3);
                    Category category = r.nextDouble() < 0.85 ? Category.KILLED : Category.INJURED;
                    Group group = GoldFixtures.pick(r, List.of(Group.values()));
                    claims.add(r.nextDouble() < 0.05
                            ? new Claim("reporter", category, group, null, Qualifier.VAGUE, "x", 0, 1)
                            : new Claim("reporter", category, group, value, Qualifier.EXACT, "x", 0, 1));
                }
                LocalDate day = labelled == null || r.nextDouble() < 0.2 ? null : labelled.plusDays(r.nextInt(5) - 2);
                String governorate = lab.path("governorate").asText("Aleppo");
                String admin1 = r.nextBoolean() ? null : GoldFixtures.pick(r, List.of(governorate + " Governorate",
                        "Al-" + governorate, "Aleppo", "Idlib province", "Damascus"));
                String location = r.nextBoolean() ? null : GoldFixtures.pick(r, List.of(governorate, "Douma",
                        "Deir ez-Zor", "Raqqah", lab.path("locality").asText("Mosul")));
                incidents.add(new IncidentMention("i" + i, EventType.OTHER, day, day, location, admin1, null, null,
                        null, null, List.of(), false, claims));
            }
            String id = lab.get("id").asText();
            out.add(new Extraction(id, incidents));
            if (r.nextDouble() < 0.03) {
                out.add(new Extraction(id, List.of()));
            }
        }
        return out;
    }
}
