package org.conflictledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.conflictledger.extract.IncidentExtractor;
import org.conflictledger.geo.Gazetteer;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.nlp.Annotator;

/**
 * The one place the stages are wired: article, annotation, extraction. Runs articles in parallel with a
 * bounded window, so memory stays flat however long the input, and hands results back in input order.
 */
public final class Pipeline {
    private final Annotator annotator;
    private final IncidentExtractor extractor;
    private final Gazetteer gazetteer;

    /** A pipeline over the given stages. */
    public Pipeline(Annotator annotator, IncidentExtractor extractor, Gazetteer gazetteer) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** CoreNLP annotation, the pattern extractor and the GeoNames gazetteer. */
    public static Pipeline standard() {
        return new Pipeline(Annotator.coreNlp(), IncidentExtractor.patterns(), Gazetteer.geoNames());
    }

    private Extraction extractAnnotated(AnnotatedArticle a) {
        return extractor.nameActors(gazetteer.locate(a, extractor.extract(a)));
    }

    /** Annotates one article. */
    public AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** Extracts one article's incidents. */
    public Extraction extract(Article article) {
        return extractAnnotated(annotator.annotate(article));
    }

    /** One article's outcome: its annotation and extraction, or the error that stopped it. */
    public record Result(Article article, AnnotatedArticle annotated, Extraction extraction, RuntimeException error) {
    }

    /**
     * A stream of articles processed on {@code threads} threads; results reach {@code sink} in the order the
     * articles were offered. An article whose processing fails yields a result with its error, not an exception.
     */
    public final class Batch implements AutoCloseable {
        private final ExecutorService pool;
        private final Deque<Future<Result>> window = new ArrayDeque<>();
        private final int limit;
        private final Consumer<Result> sink;

        private Batch(int threads, Consumer<Result> sink) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ledger-worker");
                t.setDaemon(true);
                return t;
            });
            this.limit = threads * 4;
            this.sink = sink;
        }

        /** Queues one article; blocks while the window is full. */
        public void offer(Article article) {
            window.add(pool.submit(() -> run(article)));
            while (window.size() >= limit) {
                drainOne();
            }
        }

        private Result run(Article article) {
            try {
                AnnotatedArticle a = annotator.annotate(article);
                return new Result(article, a, extractAnnotated(a), null);
            } catch (RuntimeException e) {
                return new Result(article, null, null, e);
            }
        }

        private void drainOne() {
            try {
                sink.accept(window.removeFirst().get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for an article", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("worker failed: " + e.getCause(), e.getCause());
            }
        }

        /** Waits for every queued article and stops the threads. */
        @Override
        public void close() {
            try {
                while (!window.isEmpty()) {
                    drainOne();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Starts a batch on {@code threads} threads. */
    public Batch batch(int threads, Consumer<Result> sink) {
        return new Batch(threads, sink);
    }
}
