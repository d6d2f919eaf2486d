/**
 * The ledger over HTTP: a JSON API over a {@link org.conflictledger.store.LedgerStore} and the web page that
 * explores it (map, timeline, filters, incident view with the evidence highlighted in the article text), served
 * by one Javalin process with every script, style and map outline packaged in the jar.
 *
 * <p>In: a store. Out: {@code /api/incidents}, {@code /api/incidents/{id}}, {@code /api/articles/{id}},
 * {@code /api/stats}, {@code /api/openapi.json} and the page at {@code /}.
 * Entry point: {@link org.conflictledger.server.LedgerServer}.
 */
package org.conflictledger.server;
