package org.conflictledger.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.nlp.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger bench}: throughput and memory of the extraction path on the given articles. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model-load time, articles/s, tokens/s and peak heap of extraction.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--warmup", defaultValue = "1", description = "Passes over the input before measuring.")
    int warmup;

    @Option(names = "--passes", defaultValue = "1", description = "Measured passes over the input.")
    int passes;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = new ArrayList<>();
        Inputs.read(inputs.paths, articles::add, err);
        if (articles.isEmpty()) {
            err.println("ledger: no articles to measure");
            return 1;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        pipeline.annotate(new Article("warm", null, null, null, null, "Model loading."));
        double load = (System.nanoTime() - t0) / 1e9;
        int n = Threads.of(inputs.threads);
        for (int i = 0; i < warmup; i++) {
            pass(pipeline, articles, n);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        java.util.Map<String, Double> before = Annotator.stageSeconds();
        long tokens = 0;
        long start = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            tokens += pass(pipeline, articles, n);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long docs = (long) articles.size() * passes;
        out.printf("articles        %d (x%d passes, %d warm-up), %d threads%n", articles.size(), passes, warmup, n);
        out.printf("model load      %.2f s%n", Annotator.modelLoadSeconds() > 0 ? Annotator.modelLoadSeconds() : load);
        out.printf("articles/s      %.2f%n", docs / secs);
        out.printf("tokens/s        %.0f%n", tokens / secs);
        out.printf("peak heap       %.0f MiB (sum of heap pools' peaks; max heap %.0f MiB)%n", peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        java.util.Map<String, Double> after = Annotator.stageSeconds();
        out.printf("per article     (CPU seconds in each stage over all threads)%n");
        double annotated = 0;
        for (java.util.Map.Entry<String, Double> e : after.entrySet()) {
            double spent = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            annotated += spent;
            out.printf("  %-28s %7.1f ms%n", e.getKey(), 1000 * spent / docs);
        }
        out.printf("  %-28s %7.1f ms (wall time x threads, less annotation)%n", "extraction and overhead",
                Math.max(0, 1000 * (secs * n - annotated) / docs));
        out.flush();
        return 0;
    }

    private static long pass(Pipeline pipeline, List<Article> articles, int threads) {
        long[] tokens = {0};
        try (Pipeline.Batch batch = pipeline.batch(threads, r -> {
            if (r.annotated() != null) {
                tokens[0] += r.annotated().tokenCount();
            }
        })) {
            articles.forEach(batch::offer);
        }
        return tokens[0];
    }
}
