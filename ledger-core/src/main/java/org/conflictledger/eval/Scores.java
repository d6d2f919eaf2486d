package org.conflictledger.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link GoldScorer} measured: the metrics of {@code gold/score.py}, with its names and in its order.
 *
 * @param metrics metric name (e.g. {@code claims.f1}) to its value in [0, 1], in score.py's order
 * @param counts how much was scored ({@code articles}, {@code gold_claims}, ...), in score.py's order
 */
public record Scores(Map<String, Double> metrics, Map<String, Integer> counts) {
    public Scores {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metrics, "metrics")));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(counts, "counts")));
    }

    /** One metric's value; fails naming it when there is no such metric. */
    public double get(String metric) {
        Double v = metrics.get(metric);
        if (v == null) {
            throw new IllegalArgumentException("no metric " + metric + "; known: " + metrics.keySet());
        }
        return v;
    }

    /**
     * The report exactly as {@code score.py} prints it without {@code --json}: one {@code name value} line
     * per metric (name padded to 22, value to three decimals), then the counts as a Python dict.
     */
    public String format() {
        StringBuilder b = new StringBuilder();
        metrics.forEach((k, v) -> b.append(String.format("%-22s %s", k, fixed3(v))).append('\n'));
        String dict = counts.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        b.append(String.format("%-22s %s", "counts", dict)).append('\n');
        return b.toString();
    }

    /** Python's {@code f"{v:.3f}"}: the double's exact value rounded half to even. */
    static String fixed3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
