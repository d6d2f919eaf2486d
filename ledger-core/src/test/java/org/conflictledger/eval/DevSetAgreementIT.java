package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Json;
import org.conflictledger.resolve.IncidentResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ledger eval} on the real dev gold agrees with {@code gold/score.py} on the same output to three
 * decimals, and the dev scores do not fall below their last recorded values.
 */
class DevSetAgreementIT {

    @TempDir
    Path dir;

    @Test
    void javaScorerAgreesWithScorePyOnRealExtractionOfTheDevGold() throws Exception {
        Path shared = SharedData.dirWithPython();
        Path goldDir = shared.resolve("gold/dev");
        List<Article> articles = Ingest.readAll(List.of(goldDir)).articles();
        assertEquals(49, articles.size());
        List<Extraction> extracted = DevExtraction.of(articles);
        List<Extraction> system = IncidentResolver.scoring().resolve(extracted, IncidentResolver.published(articles));
        Path out = dir.resolve("dev.jsonl");
        Files.write(out, system.stream().map(Json::line).toList(), StandardCharsets.UTF_8);

        Scores java = GoldScorer.score(GoldScorer.loadGold(goldDir), system);
        JsonNode python = Json.mapper().readTree(SharedData.python(shared.resolve("gold/score.py").toString(),
                goldDir.toString(), out.toString(), "--json"));
        for (Map.Entry<String, Double> m : java.metrics().entrySet()) {
            assertEquals(String.format("%.3f", python.get(m.getKey()).asDouble()), String.format("%.3f", m.getValue()),
                    m.getKey());
        }
        RecordedScores.assertNoneFell("gold", java.metrics(), java.format());
    }
}
