package org.conflictledger.eval;

import java.nio.file.Path;
import java.util.List;
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
        List<Extraction> system = DevExtraction.of(articles);
        BenchScores scores = BenchScorer.score(kind, bench.resolve("dev-labels.jsonl"), system);
        java.util.Map<String, Double> measured = new java.util.LinkedHashMap<>(scores.metrics());
        String report = scores.format();
        if (kind == BenchScorer.Kind.WAD) {
            double injured = BenchScorer.injuredExact(bench.resolve("dev-labels.jsonl"), system);
            measured.put("injured_exact", injured);
            report += String.format("%-20s %.3f (not a bench/score.py measure)%n", "injured_exact", injured);
            double country = BenchScorer.countryAcc(bench.resolve("dev-labels.jsonl"), system);
            measured.put("country_acc", country);
            report += String.format("%-20s %.3f (not a bench/score.py measure)%n", "country_acc", country);
        }
        RecordedScores.assertNoneFell(kind.name().toLowerCase(java.util.Locale.ROOT), measured, report);
    }
}
