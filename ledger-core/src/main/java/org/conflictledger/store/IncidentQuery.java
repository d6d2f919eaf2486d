package org.conflictledger.store;

import java.time.LocalDate;
import java.util.List;
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
 * @param admin1Names other names of the region {@code admin1} writes, matched too: the gazetteer's name of a region a
 *     user spells another way ("Al-Hasakah Governorate" for "Hasakeh")
 */
public record IncidentQuery(String country, String admin1, LocalDate from, LocalDate to, EventType eventType,
                            String perpetrator, Integer minKilled, String text, Sort sort, int limit, int offset,
                            List<String> admin1Names) {
    /** The most incidents one query returns. */
    public static final int MAX_LIMIT = 10_000;
    /** The most other names of a region one query matches. */
    public static final int MAX_NAMES = 10;

    /** Orders of a listing. */
    public enum Sort {
        /** Latest incident first (undated last). */
        DATE_DESC,
        /** Earliest incident first (undated last). */
        DATE_ASC,
        /** Highest best estimate of killed first. */
        KILLED_DESC
    }

    /** A query whose region matches only as written. */
    public IncidentQuery(String country, String admin1, LocalDate from, LocalDate to, EventType eventType,
                         String perpetrator, Integer minKilled, String text, Sort sort, int limit, int offset) {
        this(country, admin1, from, to, eventType, perpetrator, minKilled, text, sort, limit, offset, List.of());
    }

    public IncidentQuery {
        admin1Names = admin1Names == null ? List.of() : List.copyOf(admin1Names);
        if (admin1Names.size() > MAX_NAMES) {
            throw new IllegalArgumentException("at most " + MAX_NAMES + " other names of a region: " + admin1Names.size());
        }
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

    /** The same query, its region matched by these names too. */
    public IncidentQuery withAdmin1Names(List<String> names) {
        return new IncidentQuery(country, admin1, from, to, eventType, perpetrator, minKilled, text, sort, limit, offset, names);
    }

    /** Every incident, latest first, first page of 100. */
    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, null, Sort.DATE_DESC, 100, 0);
    }
}
