package org.conflictledger.store;

import java.util.List;

/**
 * What one {@link LedgerStore#add} did.
 *
 * @param articlesAdded articles stored
 * @param articlesSkipped articles already stored (same id or same text), left as they were
 * @param copies added articles found to republish a stored one (syndicated copies)
 * @param reports incident mentions stored
 * @param claims claims stored
 * @param incidentsNew incidents created
 * @param incidentsUpdated incidents already stored that took new reports
 * @param touched ids of the incidents created or updated, sorted
 */
public record AddSummary(int articlesAdded, int articlesSkipped, int copies, int reports, int claims,
                         int incidentsNew, int incidentsUpdated, List<String> touched) {
    public AddSummary {
        touched = List.copyOf(touched);
    }

    /** A summary that names no incident. */
    public AddSummary(int articlesAdded, int articlesSkipped, int copies, int reports, int claims, int incidentsNew,
                      int incidentsUpdated) {
        this(articlesAdded, articlesSkipped, copies, reports, claims, incidentsNew, incidentsUpdated, List.of());
    }
}
