package org.conflictledger.extract;

import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Extraction;

/** The extract stage's contract: an annotated article in, its incident mentions out. Thread-safe. */
public interface IncidentExtractor {
    /** Extracts the incidents the article reports; an article that reports none gives an empty list. */
    Extraction extract(AnnotatedArticle article);

    /**
     * Names the perpetrators for the country each incident was placed in (after the geo stage): a state
     * acting at home is "<demonym> government", abroad its country's name.
     */
    Extraction nameActors(Extraction placed);

    /** The pattern-based extractor. */
    static IncidentExtractor patterns() {
        return new PatternIncidentExtractor();
    }
}
