package org.conflictledger.store;

import java.time.Instant;
import java.util.Objects;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;

/**
 * An article as stored: the text the evidence offsets point into, and what was extracted from it.
 *
 * @param article the article, text included
 * @param extraction its incident mentions, carrying global incident ids
 * @param copyOf id of the stored article it republishes, or null when independent
 * @param added when it was stored
 */
public record StoredArticle(Article article, Extraction extraction, String copyOf, Instant added) {
    public StoredArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(added, "added");
    }
}
