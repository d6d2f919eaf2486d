package org.conflictledger.store;

import java.time.LocalDate;
import org.conflictledger.model.EventType;

/**
 * Filters, order and page of an incident listing; null filters do not filter.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param admin1 first-level region, as stored
 * @param from earliest incident day (inclusive)
 * @param to latest incident day (inclusive)
 * @param eventType event type
 * @param perpetrator an actor among the incident's perpetrators, as stored
 * @param minKilled least best estimate of killed (all groups)
 * @param text words to find in the evidence and article text (full-text search)
 * @param sort order of the listing
 * @param limit most incidents returned, 1 to {@value #MAX_LIMIT}
 * @param offset incidents skipped, for paging
 */
public record IncidentQuery(String country, String admin1, LocalDate from, LocalDate to, EventType eventType,
                            String perpetrator, Integer minKilled, String text, Sort sort, int limit, int offset) {
    /** The most incidents one query returns. */
    public static final int MAX_LIMIT = 10_000;

    /** Orders of a listing. */
    public enum Sort {
        /** Latest incident first (undated last). */
        DATE_DESC,
        /** Earliest incident first (undated last). */
        DATE_ASC,
        /** Highest best estimate of killed first. */
        KILLED_DESC
    }

    public IncidentQuery {
        if (sort == null) {
            sort = Sort.DATE_DESC;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        if (country != null && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + country);
        }
        if (minKilled != null && minKilled < 0) {
            throw new IllegalArgumentException("minKilled must be >= 0: " + minKilled);
        }
    }

    /** Every incident, latest first, first page of 100. */
    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, null, Sort.DATE_DESC, 100, 0);
    }
}
