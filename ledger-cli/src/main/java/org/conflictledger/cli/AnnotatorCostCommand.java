package org.conflictledger.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conflictledger.model.Article;
import org.conflictledger.nlp.AnnotatorCosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ledger annotator-cost}: what CoreNLP's dependency parser, coreference and quote attribution, which the
 * ledger does not run, would add to the time per article. One stock CoreNLP pipeline runs the annotators we use
 * (tokenize, ssplit, pos, lemma, coarse NER with SUTime on every sentence) and those three, on one thread, warms
 * up, then annotates the next articles; CoreNLP's own per-annotator timing gives each annotator's mean time per
 * article and its share of the total.
 */
@Command(name = "annotator-cost", mixinStandardHelpOptions = true,
        description = "Time per article of each CoreNLP annotator, ours and the depparse, coref and quote we do not run: "
                + "mean ms per article, share of the total, tokens per article, peak heap.")
final class AnnotatorCostCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 10;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files (.txt, .json, .jsonl, .html, .rss, .atom, .xml, .warc, .warc.gz) or directories.")
    List<Path> paths;

    @Option(names = "--limit", defaultValue = "50", description = "Articles measured after the warm-up (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--warmup", defaultValue = "10",
            description = "Articles annotated first and not measured, to warm up the JIT (default ${DEFAULT-VALUE}).")
    int warmup;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1 || warmup < 0) {
            err.println("ledger: --limit must be at least 1 and --warmup must not be negative");
            return 2;
        }
        List<Article> articles = new ArrayList<>();
        Inputs.read(paths, a -> {
            if (articles.size() < warmup + limit) {
                articles.add(a);
            }
        }, err);
        if (articles.isEmpty()) {
            err.println("ledger: no articles to measure");
            return 1;
        }
        int warm = Math.min(warmup, articles.size() - 1);
        if (warm < warmup) {
            err.printf("ledger: only %d articles read; warming up on %d%n", articles.size(), warm);
        }
        List<Article> measured = articles.subList(warm, articles.size());

        long t0 = System.nanoTime();
        AnnotatorCosts pipeline = AnnotatorCosts.load();
        err.printf("ledger: CoreNLP %s models loaded in %.1f s (coref.algorithm=%s); warming up on %d articles%n",
                AnnotatorCosts.version(), (System.nanoTime() - t0) / 1e9, AnnotatorCosts.COREF_ALGORITHM, warm);
        err.flush();
        for (Article a : articles.subList(0, warm)) {
            annotate(pipeline, a, err);
        }

        long tokens = 0;
        long chars = 0;
        int failed = 0;
        long wallNanos = 0;
        long resident;
        long peak;
        Map<String, Double> before;
        Map<String, Double> after;
        try (HeapWatch heap = new HeapWatch()) {
            heap.reset();
            resident = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            before = pipeline.secondsSoFar();
            long start = System.nanoTime();
            for (int i = 0; i < measured.size(); i++) {
                Article a = measured.get(i);
                long s = System.nanoTime();
                int n = annotate(pipeline, a, err);
                wallNanos += System.nanoTime() - s;
                if (n < 0) {
                    failed++;
                } else {
                    tokens += n;
                    chars += a.text().length();
                }
                if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == measured.size()) {
                    err.printf("ledger: %d/%d articles annotated, %.0f s%n", i + 1, measured.size(), (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
            }
            peak = heap.peakBytes();
            after = pipeline.secondsSoFar();
        }

        int docs = measured.size();
        int read = docs - failed;
        Map<String, Double> ms = new LinkedHashMap<>();
        double total = 0;
        double ours = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double m = 1000 * (e.getValue() - before.get(e.getKey())) / docs;
            ms.put(e.getKey(), m);
            total += m;
            ours += AnnotatorCosts.NOT_RUN.contains(e.getKey()) ? 0 : m;
        }
        double tokensPerArticle = read == 0 ? 0 : (double) tokens / read;
        String sources = paths.stream().map(Path::toString).collect(Collectors.joining(" "));
        out.printf(Locale.ROOT, "articles          %d measured after %d warm-up, one thread; CoreNLP %s, coref.algorithm=%s%n",
                docs, warm, AnnotatorCosts.version(), AnnotatorCosts.COREF_ALGORITHM);
        out.printf(Locale.ROOT, "tokens/article    %.1f (%.0f characters)%n", tokensPerArticle, read == 0 ? 0.0 : (double) chars / read);
        if (failed > 0) {
            out.printf(Locale.ROOT, "failed            %d (their time up to the failure is in the totals)%n", failed);
        }
        out.printf(Locale.ROOT, "%-28s %10s %7s%n", "annotator", "ms/article", "share");
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            out.printf(Locale.ROOT, "%-28s %10.1f %6.1f%%%n", e.getKey() + (AnnotatorCosts.NOT_RUN.contains(e.getKey()) ? " (not run)" : ""),
                    e.getValue(), share(e.getValue(), total));
        }
        out.printf(Locale.ROOT, "%-28s %10.1f %6.1f%%%n", "total", total, 100.0);
        out.printf(Locale.ROOT, "%-28s %10.1f %6.1f%%%n", "  of which we run", ours, share(ours, total));
        out.printf(Locale.ROOT, "%-28s %10.1f %6.1f%%%n", "  of which not run", total - ours, share(total - ours, total));
        out.printf(Locale.ROOT, "%-28s %10.1f%n", "wall clock (annotate calls)", wallNanos / 1e6 / docs);
        out.printf(Locale.ROOT, "peak heap         %.0f MiB (%.0f MiB in use after the warm-up and a GC: the loaded models)%n",
                peak / 1048576.0, resident / 1048576.0);
        out.printf(Locale.ROOT, "resolution        an annotator's ms/article: up to 1 low (CoreNLP times each call in whole ms, "
                + "rounded down), +-%.1f (it prints totals to 0.1 s)%n", 100.0 / docs);
        for (Map.Entry<String, Double> e : ms.entrySet()) {
            out.printf(Locale.ROOT, "%s: %.1f ms/article, %.1f%% of %.1f ms (%d articles, %.0f tokens/article, %s; CoreNLP %s, "
                            + "coref %s, one thread, peak heap %.0f MiB)%n",
                    e.getKey(), e.getValue(), share(e.getValue(), total), total, docs, tokensPerArticle, sources,
                    AnnotatorCosts.version(), AnnotatorCosts.COREF_ALGORITHM, peak / 1048576.0);
        }
        out.flush();
        return 0;
    }

    /** Annotates one article; returns its token count, or -1 after reporting why CoreNLP failed on it. */
    private static int annotate(AnnotatorCosts pipeline, Article article, PrintWriter err) {
        try {
            return pipeline.annotate(article);
        } catch (RuntimeException e) {
            err.println("ledger: " + article.id() + ": CoreNLP failed: " + (e.getMessage() == null ? e : e.getMessage()));
            err.flush();
            return -1;
        }
    }

    private static double share(double part, double total) {
        return total == 0 ? 0 : 100 * part / total;
    }
}
