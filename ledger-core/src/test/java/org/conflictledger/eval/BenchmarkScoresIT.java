package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.Pipeline;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public benchmarks' dev halves (bench/): their scores do not fall below the recorded ones. */
class BenchmarkScoresIT {
    @ParameterizedTest
    @EnumSource(BenchScorer.Kind.class)
    void devScoresDoNotFall(BenchScorer.Kind kind) throws Exception {
        Path bench = SharedData.dir().resolve("bench").resolve(kind.name().toLowerCase(java.util.Locale.ROOT));
        List<Article> articles = Ingest.readAll(List.of(bench.resolve("dev.jsonl"))).articles();
        List<Extraction> system = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Pipeline.Batch batch = Pipeline.standard().batch(2, r -> {
            if (r.error() != null) {
                failures.add(r.article().id() + ": " + r.error());
            } else {
                system.add(r.extraction());
            }
        })) {
            articles.forEach(batch::offer);
        }
        assertEquals(List.of(), failures);
        BenchScores scores = BenchScorer.score(kind, bench.resolve("dev-labels.jsonl"), system);
        RecordedScores.assertNoneFell(kind.name().toLowerCase(java.util.Locale.ROOT), scores.metrics(), scores.format());
    }
}
