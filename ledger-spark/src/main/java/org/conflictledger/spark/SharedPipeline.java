package org.conflictledger.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Pipeline} per JVM, built by the first task that needs it: an executor loads CoreNLP's models
 * once, however many tasks and cores it runs (the pipeline is safe to share between threads, as the CLI's
 * batches do).
 */
final class SharedPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(SharedPipeline.class);
    private static final AtomicLong EXTRACTED = new AtomicLong();
    private static Pipeline pipeline;

    private SharedPipeline() {
    }

    /** Extracts one article with this JVM's pipeline. */
    static Extraction extract(Article article) {
        EXTRACTED.incrementAndGet();
        return get().extract(article);
    }

    /** How many articles this JVM has been asked to extract: a check that Spark never extracts one twice. */
    static long extracted() {
        return EXTRACTED.get();
    }

    static synchronized Pipeline get() {
        if (pipeline == null) {
            long start = System.nanoTime();
            pipeline = Pipeline.standard();
            LOG.info("pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        return pipeline;
    }
}
