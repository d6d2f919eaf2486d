package org.conflictledger.store;

import java.util.List;
import java.util.Optional;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Incident;

/**
 * The ledger's store: one schema on SQLite (default) or PostgreSQL, created and migrated on first use.
 * Thread-safe; writes are serialised.
 */
public interface LedgerStore extends AutoCloseable {
    /** An article with what was extracted from it, to add. */
    record Entry(org.conflictledger.model.Article article, Extraction extraction) {
        public Entry {
            java.util.Objects.requireNonNull(article, "article");
            java.util.Objects.requireNonNull(extraction, "extraction");
            if (!article.id().equals(extraction.id())) {
                throw new IllegalArgumentException("extraction " + extraction.id() + " is not of article " + article.id());
            }
        }
    }

    /**
     * Adds a batch in one transaction: articles not seen before (by id or by text), their reports resolved
     * against the stored incidents and each other, syndicated copies marked, touched incidents reconciled.
     * On any failure nothing of the batch is stored.
     */
    AddSummary add(List<Entry> batch);

    /** Incidents matching a query, reconciled, with their reports. */
    List<Incident> incidents(IncidentQuery query);

    /** How many incidents match a query's filters (its order and page aside). */
    long count(IncidentQuery query);

    /** One incident by id. */
    Optional<Incident> incident(String id);

    /** One stored article by id. */
    Optional<StoredArticle> article(String id);

    /** Totals. */
    Stats stats();

    @Override
    void close();
}
