package org.conflictledger.spark;

import org.conflictledger.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link Pipeline} per JVM, built by the first task that needs it: an executor loads CoreNLP's models
 * once, however many tasks and cores it runs (the pipeline is safe to share between threads, as the CLI's
 * batches do).
 */
final class SharedPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(SharedPipeline.class);
    private static Pipeline pipeline;

    private SharedPipeline() {
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
