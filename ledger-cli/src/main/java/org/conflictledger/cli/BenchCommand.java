package org.conflictledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictledger.Pipeline;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.SkipReason;
import org.conflictledger.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ledger bench}: the naive path (full CoreNLP on every article) and the relevance cascade, one after
 * the other in one process, on the same articles with the same loaded models: articles/s, tokens/s, time per
 * stage, peak heap, what the cascade skipped, whether it found the same claims, and the speed-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Compare the naive path (annotate everything) with the relevance cascade on the same input: "
                + "articles/s, tokens/s, time per stage, peak heap, skips, claims kept, speed-up.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--limit", defaultValue = "0", description = "Measure only the first N articles (0: all).")
    int limit;

    @Option(names = "--warmup", defaultValue = "30",
            description = "Articles run through the naive path before measuring, to warm up the JIT.")
    int warmup;

    @Option(names = "--passes", defaultValue = "1", description = "Measured passes over the input, per path.")
    int passes;

    /** What one path did over the input. */
    private static final class Phase {
        final String name;
        double seconds;
        long tokens;
        long charsAnnotated;
        long relevanceNanos;
        long annotateNanos;
        long extractNanos;
        long geoNanos;
        long peakHeap;
        int failed;
        final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        final Map<String, Double> annotators = new LinkedHashMap<>();
        final Map<String, Set<String>> claims = new HashMap<>();
        /** Articles skipped as outside the ledger's remit (a quake, a crash), whose claims are left out on purpose. */
        final Set<String> outOfRemit = new HashSet<>();

        Phase(String name) {
            this.name = name;
        }

        int claimCount() {
            return claims.values().stream().mapToInt(Set::size).sum();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 0 || warmup < 0 || passes < 1) {
            err.println("ledger: --limit and --warmup must not be negative, --passes must be at least 1");
            return 2;
        }
        List<Article> articles = new ArrayList<>();
        Inputs.read(inputs.paths, a -> {
            if (limit == 0 || articles.size() < limit) {
                articles.add(a);
            }
        }, err);
        if (articles.isEmpty()) {
            err.println("ledger: no articles to measure");
            return 1;
        }
        int threads = Threads.of(inputs.threads);
        long t0 = System.nanoTime();
        Pipeline cascade = Pipeline.standard();
        cascade.annotate(new Article("warm", null, null, null, null, "Model loading."));
        double load = Annotator.modelLoadSeconds() > 0 ? Annotator.modelLoadSeconds() : (System.nanoTime() - t0) / 1e9;
        // the naive path: stock CoreNLP (SUTime on every sentence) on every article, whole
        Pipeline naive = cascade.withFilter(RelevanceFilter.everything()).withAnnotator(Annotator.coreNlpStock());
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        err.printf("ledger: models loaded in %.1f s; warming up on %d articles%n", load, Math.min(warmup, articles.size()));
        run(naive, articles.subList(0, Math.min(warmup, articles.size())), threads, new Phase("warm-up"), null);

        Phase a;
        Phase b;
        try (HeapWatch heap = new HeapWatch()) {
            // the cascade goes first: whatever the JIT still gains over the run then favours the naive path,
            // so the speed-up printed is, if anything, too low
            err.printf("ledger: cascade on %d articles x %d%n", articles.size(), passes);
            b = measure(cascade, "cascade", articles, threads, heap);
            err.printf("ledger: naive path on %d articles x %d%n", articles.size(), passes);
            a = measure(naive, "naive", articles, threads, heap);
        }
        long docs = (long) articles.size() * passes;
        long inputTokens = a.tokens;
        out.printf("articles          %d (x%d passes, %d warm-up), %d threads, %.0f characters each on average%n",
                articles.size(), passes, Math.min(warmup, articles.size()), threads, (double) chars / articles.size());
        out.printf("model load        %.2f s (once, shared by both paths)%n", load);
        out.printf("%-28s %14s %14s%n", "", "naive", "cascade");
        row(out, "articles/s", "%.2f", docs / a.seconds, docs / b.seconds);
        row(out, "tokens/s (of the input)", "%.0f", inputTokens / a.seconds, inputTokens / b.seconds);
        row(out, "tokens annotated", "%.0f", (double) a.tokens, (double) b.tokens);
        row(out, "characters annotated", "%.0f", (double) a.charsAnnotated, (double) b.charsAnnotated);
        row(out, "wall time (s)", "%.1f", a.seconds, b.seconds);
        row(out, "peak heap (MiB)", "%.0f", a.peakHeap / 1048576.0, b.peakHeap / 1048576.0);
        out.printf("time per article, ms (time in each stage, summed over the %d worker threads)%n", threads);
        row(out, "  relevance", "%.3f", ms(a.relevanceNanos, docs), ms(b.relevanceNanos, docs));
        row(out, "  annotate (CoreNLP)", "%.1f", ms(a.annotateNanos, docs), ms(b.annotateNanos, docs));
        Set<String> names = new java.util.LinkedHashSet<>(a.annotators.keySet());
        names.addAll(b.annotators.keySet());
        for (String n : names) {
            row(out, "    " + n, "%.1f", 1000 * a.annotators.getOrDefault(n, 0.0) / docs,
                    1000 * b.annotators.getOrDefault(n, 0.0) / docs);
        }
        if (Annotator.timeTaggedShare() >= 0) {
            out.printf("    (SUTime: every sentence on the naive path, as stock CoreNLP; %.0f%% of the cascade's, the rest "
                    + "holding no time cue)%n", 100 * Annotator.timeTaggedShare());
        }
        row(out, "  extract and actors", "%.2f", ms(a.extractNanos, docs), ms(b.extractNanos, docs));
        row(out, "  geo", "%.2f", ms(a.geoNanos, docs), ms(b.geoNanos, docs));
        out.printf("skipped           naive: %s; cascade: %s%n", Extracted.skips(a.skipped), Extracted.skips(b.skipped));
        row(out, "failed", "%.0f", a.failed, b.failed);
        int kept = 0;
        int outOfRemit = 0;
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : new java.util.TreeMap<>(a.claims).entrySet()) {
            if (b.outOfRemit.contains(e.getKey())) {
                outOfRemit += e.getValue().size();
                continue;
            }
            Set<String> found = b.claims.getOrDefault(e.getKey(), Set.of());
            for (String claim : e.getValue()) {
                if (found.contains(claim)) {
                    kept++;
                } else {
                    lost.add(e.getKey() + " " + claim);
                }
            }
        }
        int naiveClaims = a.claimCount() - outOfRemit;
        out.printf("claims            naive %d, cascade %d; of the naive path's claims the cascade finds %d (%.1f%%)%s%n",
                naiveClaims, b.claimCount(), kept, naiveClaims == 0 ? 100.0 : 100.0 * kept / naiveClaims,
                outOfRemit == 0 ? "" : "; not counted: " + outOfRemit + " naive claims in articles skipped as "
                        + SkipReason.NON_VIOLENT_CAUSE.code());
        for (String l : lost.subList(0, Math.min(lost.size(), 20))) {
            out.printf("  not found by the cascade: %s%n", l);
        }
        out.printf("speed-up          %.2fx articles/s (cascade over naive)%n", a.seconds / b.seconds);
        out.flush();
        return 0;
    }

    private static void row(PrintWriter out, String label, String fmt, double naive, double cascade) {
        out.printf("%-28s %14s %14s%n", label, String.format(fmt, naive), String.format(fmt, cascade));
    }

    private static double ms(long nanos, long docs) {
        return nanos / 1e6 / docs;
    }

    private Phase measure(Pipeline pipeline, String name, List<Article> articles, int threads, HeapWatch heap) {
        Phase p = new Phase(name);
        heap.reset();
        Map<String, Double> before = Annotator.stageSeconds();
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            run(pipeline, articles, threads, p, i == 0 ? p.claims : null);
        }
        p.seconds = (System.nanoTime() - start) / 1e9;
        p.peakHeap = heap.peakBytes();
        for (Map.Entry<String, Double> e : Annotator.stageSeconds().entrySet()) {
            p.annotators.put(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0));
        }
        return p;
    }

    private static void run(Pipeline pipeline, List<Article> articles, int threads, Phase p, Map<String, Set<String>> claims) {
        try (Pipeline.Batch batch = pipeline.batch(threads, r -> {
            p.relevanceNanos += r.timing().relevance();
            p.annotateNanos += r.timing().annotate();
            p.extractNanos += r.timing().extract();
            p.geoNanos += r.timing().geo();
            if (r.error() != null) {
                p.failed++;
                return;
            }
            if (r.skipped()) {
                p.skipped.merge(r.relevance().skipped(), 1, Integer::sum);
                if (r.relevance().skipped() == SkipReason.NON_VIOLENT_CAUSE) {
                    p.outOfRemit.add(r.article().id());
                }
                return;
            }
            p.tokens += r.annotated().tokenCount();
            p.charsAnnotated += r.relevance().keptChars();
            if (claims != null) {
                claims.put(r.article().id(), claimKeys(r.extraction()));
            }
        })) {
            articles.forEach(batch::offer);
        }
    }

    /** A claim as the two paths can agree on it: what it counts and where its evidence lies. */
    private static Set<String> claimKeys(Extraction e) {
        Set<String> keys = new HashSet<>();
        for (IncidentMention m : e.incidents()) {
            for (Claim c : m.claims()) {
                keys.add(c.category().code() + " " + c.group().code() + " " + c.value() + " " + c.qualifier().code() + " [" + c.start()
                        + "," + c.end() + ")");
            }
        }
        return keys;
    }
}
