package org.conflictledger.store;

import java.util.List;
import java.util.Optional;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Incident;
import org.conflictledger.resolve.IncidentResolver;
import org.conflictledger.resolve.Reconciler;

/**
 * The ledger's store: one schema on SQLite (default) or PostgreSQL, created and migrated on first use.
 * Thread-safe; writes are serialised.
 */
public interface LedgerStore extends AutoCloseable {
    /** Where the store lives when none is named: {@code ledger.db} in the working directory. */
    String DEFAULT_LOCATION = "ledger.db";

    /**
     * Opens (creating and migrating on first use) the store at {@code location}: a SQLite file path, or a
     * PostgreSQL URL ({@code postgresql://user:password@host:port/database}, also {@code postgres://} or
     * {@code jdbc:postgresql://}). Articles are resolved with {@link IncidentResolver#scoring()}, reconciled with
     * {@link Reconciler#ucdp()}.
     *
     * @throws StoreException with one clear message when the location cannot be opened: a corrupt or foreign
     *     database, a read-only or missing directory, an unreachable server; the location is left untouched
     */
    static LedgerStore open(String location) {
        return JdbcLedgerStore.open(location);
    }

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
