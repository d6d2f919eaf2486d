package org.conflictledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Relevance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The relevance filter, the cascade's first stage, over a real news stream: time per article, one article
 * after another round the input.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RelevanceBenchmark {
    /** Articles to judge: the shared mixed news stream, or the bundled examples where it is absent. */
    @Param({"../shared/bench/stream/articles.jsonl"})
    public String input;

    private final RelevanceFilter filter = RelevanceFilter.lexical();
    private List<Article> articles;
    private int next;

    /** Reads the input once. */
    @Setup
    public void read() {
        Path path = Path.of(input);
        articles = Ingest.readAll(List.of(Files.exists(path) ? path : Path.of("examples"))).articles();
        if (articles.isEmpty()) {
            throw new IllegalStateException("no articles at " + path.toAbsolutePath() + " or examples/");
        }
    }

    /** Judges the next article. */
    @Benchmark
    public Relevance judge() {
        Article a = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        return filter.judge(a);
    }
}
