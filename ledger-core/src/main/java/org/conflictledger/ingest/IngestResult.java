package org.conflictledger.ingest;

import java.util.List;
import org.conflictledger.model.Article;

/**
 * Everything one {@link Ingest#readAll} call read, in input order.
 *
 * @param articles the articles read, ids unique
 * @param problems what could not be read, and warnings about what was kept
 */
public record IngestResult(List<Article> articles, List<IngestProblem> problems) {
    public IngestResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
