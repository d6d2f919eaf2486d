/**
 * The ledger stored: articles (text kept, for evidence), their incident mentions and claims, and the incidents
 * they resolve into, in SQLite by default or PostgreSQL for a shared deployment, behind one schema migrated by
 * Flyway ({@code db/migration/sqlite}, {@code db/migration/postgresql}, same versions).
 *
 * <p>In: articles with their extractions, a batch at a time, each batch one transaction. Out: incidents and
 * articles, queried. Entry point: {@link org.conflictledger.store.LedgerStore#open(String)}; a location that
 * cannot be used fails with one {@link org.conflictledger.store.StoreException}.
 */
package org.conflictledger.store;
