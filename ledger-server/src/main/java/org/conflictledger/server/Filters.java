package org.conflictledger.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictledger.geo.Gazetteer;
import org.conflictledger.model.EventType;
import org.conflictledger.store.IncidentQuery;

/**
 * Query parameters of {@code GET /api/incidents} read into an {@link IncidentQuery}: the CLI's filters, order and
 * page. Anything malformed (an unknown or repeated parameter, a bad date, number, type or order, a value out of
 * range) is an {@link IllegalArgumentException} naming the parameter, which the server answers with 400.
 */
final class Filters {
    static final Set<String> NAMES = Set.of("country", "admin1", "from", "to", "type", "perpetrator", "min_killed",
            "q", "sort", "limit", "offset");
    /** Default page size. */
    static final int DEFAULT_LIMIT = 100;
    /** Longest text value accepted for a filter. */
    static final int MAX_VALUE = 500;

    private Filters() {
    }

    static IncidentQuery parse(Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (!NAMES.contains(p.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + cut(p.getKey()) + "'; known: "
                        + String.join(", ", NAMES.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) {
                throw new IllegalArgumentException("parameter '" + p.getKey() + "' given more than once");
            }
            if (p.getValue().get(0).length() > MAX_VALUE) {
                throw new IllegalArgumentException("parameter '" + p.getKey() + "' longer than " + MAX_VALUE + " characters");
            }
        }
        String country = text(params, "country");
        String cc = country == null ? null : country.toUpperCase(Locale.ROOT);
        String admin1 = text(params, "admin1");
        return new IncidentQuery(cc, admin1, date(params, "from"), date(params, "to"), type(params), text(params, "perpetrator"),
                integer(params, "min_killed"), text(params, "q"), sort(params),
                orDefault(integer(params, "limit"), DEFAULT_LIMIT), orDefault(integer(params, "offset"), 0))
                .withAdmin1Names(Gazetteer.admin1NamesOf(admin1, cc));
    }

    private static String text(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        if (v == null) {
            return null;
        }
        String s = v.get(0).strip();
        return s.isEmpty() ? null : s;
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String s = text(params, name);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("parameter '" + name + "' is not a date (YYYY-MM-DD): " + cut(s), e);
        }
    }

    private static Integer integer(Map<String, List<String>> params, String name) {
        String s = text(params, name);
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' is not an integer: " + cut(s), e);
        }
    }

    private static EventType type(Map<String, List<String>> params) {
        String s = text(params, "type");
        try {
            return s == null ? null : EventType.of(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter 'type' is not an event type: " + cut(s), e);
        }
    }

    private static IncidentQuery.Sort sort(Map<String, List<String>> params) {
        String s = text(params, "sort");
        if (s == null) {
            return IncidentQuery.Sort.DATE_DESC;
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "date_desc", "date" -> IncidentQuery.Sort.DATE_DESC;
            case "date_asc" -> IncidentQuery.Sort.DATE_ASC;
            case "killed_desc", "killed" -> IncidentQuery.Sort.KILLED_DESC;
            default -> throw new IllegalArgumentException(
                    "parameter 'sort' must be date_desc (date), date_asc or killed_desc (killed): " + cut(s));
        };
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
