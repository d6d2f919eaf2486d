package org.conflictledger.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link BenchScorer} measured on a public benchmark, with {@code bench/score.py}'s metric names in
 * its order; a metric with nothing to measure (e.g. {@code civilians_found} when no label has civilians)
 * is absent, as there.
 *
 * @param metrics metric name (e.g. {@code deaths_exact}) to its value in [0, 1]
 * @param articles how many labelled articles were scored
 * @param articlesWithOutput how many of them the system gave at least one incident for
 */
public record BenchScores(Map<String, Double> metrics, int articles, int articlesWithOutput) {
    public BenchScores {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
    }

    /** The report exactly as {@code bench/score.py} prints it: {@code name value} lines, names padded to 20. */
    public String format() {
        StringBuilder b = new StringBuilder();
        metrics.forEach((k, v) -> b.append(String.format("%-20s %s", k, Scores.fixed3(v))).append('\n'));
        b.append(String.format("%-20s %d", "articles", articles)).append('\n');
        b.append(String.format("%-20s %d", "articles_with_output", articlesWithOutput)).append('\n');
        return b.toString();
    }
}
