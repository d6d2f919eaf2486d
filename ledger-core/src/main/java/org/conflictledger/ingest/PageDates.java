package org.conflictledger.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them in machine-readable places (meta tags, JSON-LD,
 * {@code <time datetime>}, HTTP-style dates). The day is taken as written, in the publisher's own time
 * zone, never shifted to UTC: {@code 2015-11-18T00:30:00+03:00} is the 18th.
 */
final class PageDates {
    /** Earliest and latest years believed; CMS placeholders such as 0001-01-01 fall outside. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?:\\D.*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");

    private PageDates() {
    }

    /** The day a date string names, or null when it is not one of the machine-readable forms. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        LocalDate date = ArticleJson.parseDate(s);
        if (date == null) {
            date = numeric(SLASHED.matcher(s));
        }
        if (date == null) {
            date = numeric(COMPACT.matcher(s));
        }
        if (date == null) {
            date = rfc1123(s);
        }
        return date != null && date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR ? date : null;
    }

    private static LocalDate numeric(Matcher m) {
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate rfc1123(String s) {
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
