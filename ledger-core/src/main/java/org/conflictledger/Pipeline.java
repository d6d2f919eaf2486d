package org.conflictledger;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.conflictledger.extract.IncidentExtractor;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.geo.Gazetteer;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Relevance;
import org.conflictledger.nlp.Annotator;

/**
 * The one place the stages are wired: relevance, annotation, extraction, placing, actors. The relevance
 * filter decides first, from the raw text, whether an article can report casualties and which passages of
 * it to annotate; a skipped article costs microseconds and yields no incidents, with its reason recorded.
 * Runs articles in parallel with a bounded window, so memory stays flat however long the input, and hands
 * results back in input order.
 */
public final class Pipeline {
    private final RelevanceFilter filter;
    private final Annotator annotator;
    private final IncidentExtractor extractor;
    private final Gazetteer gazetteer;

    /** A pipeline over the given stages. */
    public Pipeline(RelevanceFilter filter, Annotator annotator, IncidentExtractor extractor, Gazetteer gazetteer) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A pipeline over the given stages behind the lexical relevance filter. */
    public Pipeline(Annotator annotator, IncidentExtractor extractor, Gazetteer gazetteer) {
        this(RelevanceFilter.lexical(), annotator, extractor, gazetteer);
    }

    /** The lexical relevance filter, CoreNLP annotation, the pattern extractor and the GeoNames gazetteer. */
    public static Pipeline standard() {
        return new Pipeline(RelevanceFilter.lexical(), Annotator.coreNlp(), IncidentExtractor.patterns(), Gazetteer.geoNames());
    }

    /** The same stages behind another relevance filter; {@link RelevanceFilter#everything()} lets every article through. */
    public Pipeline withFilter(RelevanceFilter other) {
        return new Pipeline(other, annotator, extractor, gazetteer);
    }

    /** The same stages with another annotator; {@link Annotator#coreNlpStock()} gives the naive path's. */
    public Pipeline withAnnotator(Annotator other) {
        return new Pipeline(filter, other, extractor, gazetteer);
    }

    /** Annotates one whole article, whatever its relevance. */
    public AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** Extracts one article's incidents; an article the filter skips has none. */
    public Extraction extract(Article article) {
        Result r = process(article);
        if (r.error() != null) {
            throw r.error();
        }
        return r.extraction();
    }

    /**
     * Runs one article through every stage. Never throws for the article's sake: an error that stops it is
     * returned in the result.
     */
    public Result process(Article article) {
        long t0 = System.nanoTime();
        Relevance relevance;
        try {
            relevance = filter.judge(article);
        } catch (RuntimeException e) {
            return new Result(article, null, null, null, e, new Timing(System.nanoTime() - t0, 0, 0, 0));
        }
        long t1 = System.nanoTime();
        if (!relevance.relevant()) {
            return new Result(article, relevance, null, new Extraction(article.id(), List.of()), null,
                    new Timing(t1 - t0, 0, 0, 0));
        }
        AnnotatedArticle a = null;
        long t2 = t1;
        long t3 = t1;
        try {
            a = relevance.coversAll(article.text()) ? annotator.annotate(article)
                    : annotator.annotate(article, relevance.passages());
            t2 = System.nanoTime();
            Extraction found = extractor.extract(a);
            t3 = System.nanoTime();
            Extraction placed = gazetteer.locate(a, found);
            long t4 = System.nanoTime();
            Extraction named = extractor.nameActors(placed);
            long t5 = System.nanoTime();
            return new Result(article, relevance, a, named, null, new Timing(t1 - t0, t2 - t1, (t3 - t2) + (t5 - t4), t4 - t3));
        } catch (RuntimeException e) {
            return new Result(article, relevance, a, null, e, new Timing(t1 - t0, t2 - t1, System.nanoTime() - t2, 0));
        }
    }

    /**
     * One article's outcome.
     *
     * @param article the article
     * @param relevance the filter's decision, or null when the filter itself failed
     * @param annotated its annotation, or null when skipped or failed before
     * @param extraction its incidents (empty when skipped), or null when it failed
     * @param error what stopped it, or null
     * @param timing time spent in each stage on it
     */
    public record Result(Article article, Relevance relevance, AnnotatedArticle annotated, Extraction extraction,
                         RuntimeException error, Timing timing) {
        /** True when the relevance filter let the article bypass annotation. */
        public boolean skipped() {
            return relevance != null && !relevance.relevant();
        }
    }

    /**
     * Nanoseconds one article spent in each stage (wall time on its worker thread).
     *
     * @param relevance the relevance filter
     * @param annotate CoreNLP annotation
     * @param extract claim and incident extraction, and naming the actors
     * @param geo placing the incidents
     */
    public record Timing(long relevance, long annotate, long extract, long geo) {
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
            window.add(pool.submit(() -> process(article)));
            while (window.size() >= limit) {
                drainOne();
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
