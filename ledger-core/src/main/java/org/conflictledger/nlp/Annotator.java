package org.conflictledger.nlp;

import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;

/** The nlp stage's contract: one article in, its annotation out. Implementations are thread-safe. */
public interface Annotator {
    /** Annotates one article; never returns null. */
    AnnotatedArticle annotate(Article article);

    /** The process-wide CoreNLP annotator; its models load on first use. */
    static Annotator coreNlp() {
        return CoreNlpAnnotator.shared();
    }

    /**
     * Seconds each CoreNLP annotator has spent so far in this process, by annotator name, in pipeline order;
     * empty before the models load.
     */
    static java.util.Map<String, Double> stageSeconds() {
        return CoreNlpAnnotator.stageSeconds();
    }

    /** Seconds the shared models took to load, or -1 when they have not loaded yet. */
    static double modelLoadSeconds() {
        return CoreNlpAnnotator.loadSeconds();
    }
}
