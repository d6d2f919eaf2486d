package org.conflictledger.resolve;

import java.util.List;
import org.conflictledger.model.Extraction;

/** The resolve stage's contract: a batch of extractions in, the same with global incident ids out. */
public interface IncidentResolver {
    /**
     * Gives mentions that report the same incident one id, deterministic for the batch: the id of the
     * cluster's first mention in article-id order. Mentions of one article are never merged with each other.
     */
    List<Extraction> resolve(List<Extraction> batch);

    /** Blocking on country, then scoring place, date, event type and shared tolls. */
    static IncidentResolver scoring() {
        return new ScoringIncidentResolver();
    }
}
