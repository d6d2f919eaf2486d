/**
 * The ledger stored: articles (text kept, for evidence), their incident mentions and claims, and the incidents
 * they resolve into, in SQLite by default or PostgreSQL for a shared deployment, behind one schema.
 *
 * <p>In: articles with their extractions, a batch at a time. Out: incidents and articles, queried.
 * Entry point: {@link org.conflictledger.store.LedgerStore}.
 */
package org.conflictledger.store;
