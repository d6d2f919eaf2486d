package org.conflictledger.server;

import java.util.List;
import org.conflictledger.model.Incident;

/**
 * One page of an incident listing.
 *
 * @param total incidents matching the filters, over every page
 * @param limit most incidents per page
 * @param offset incidents skipped before this page
 * @param incidents this page's incidents
 */
record IncidentPage(long total, int limit, int offset, List<Incident> incidents) {
    IncidentPage {
        incidents = List.copyOf(incidents);
    }
}
