package org.conflictledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;

/** Reads the command's input paths, reporting each problem on standard error as it is met. */
final class Inputs {
    private Inputs() {
    }

    /** Feeds every readable article to {@code sink}; returns how many were read and how many problems. */
    static int[] read(List<Path> paths, Consumer<Article> sink, PrintWriter err) {
        AtomicInteger problems = new AtomicInteger();
        int n = Ingest.read(paths, sink, p -> {
            problems.incrementAndGet();
            err.println("ledger: " + p);
            err.flush();
        });
        return new int[] {n, problems.get()};
    }
}
