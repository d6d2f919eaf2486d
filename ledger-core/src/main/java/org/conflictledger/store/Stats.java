package org.conflictledger.store;

import java.time.LocalDate;
import java.util.Map;

/**
 * Totals of the ledger.
 *
 * @param articles articles stored
 * @param incidents incidents
 * @param reports incident mentions
 * @param claims claims
 * @param killedBest sum of the incidents' best estimates of killed (all groups)
 * @param first earliest incident day, or null
 * @param last latest incident day, or null
 * @param incidentsByCountry incidents per ISO country code ("" for none)
 * @param incidentsByEventType incidents per event type code
 */
public record Stats(long articles, long incidents, long reports, long claims, long killedBest, LocalDate first,
                    LocalDate last, Map<String, Long> incidentsByCountry, Map<String, Long> incidentsByEventType) {
    public Stats {
        incidentsByCountry = Map.copyOf(incidentsByCountry);
        incidentsByEventType = Map.copyOf(incidentsByEventType);
    }
}
