package org.conflictledger.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date an article gives for itself ("Wed 05 Apr 2017", "April 5, 2017", "2017-04-05") near its
 * start, to anchor relative dates when no publication date is known.
 */
final class Datelines {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** "April 5, 2017", and "Apr 052017" where scraping lost the separator between day and year. */
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*((?:19|20)\\d\\d)(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    /**
     * "07-08-2013", "07.08.2013": with dashes or dots, numeric dates are written day first (the order of most of
     * the world; the US writes month first with slashes).
     */
    static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})([-.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?!\\d)");
    /** "18/03/2016" or "03/18/2016": read only where the day is unambiguous (over 12) or both fields agree. */
    private static final Pattern SLASHED = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d\\d)(?!\\d)");
    /** How far into the text a dateline may start. */
    static final int HEAD = 300;

    private Datelines() {
    }

    /** The first full date in the first {@link #HEAD} characters of the text, or null. */
    static LocalDate find(String text) {
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        LocalDate best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(head);
        if (m.find()) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = MONTH_DAY_YEAR.matcher(head);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = date(m.group(3), m.group(1), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = SLASHED.matcher(head);
        if (m.find() && m.start() < bestAt) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int day = a > 12 ? a : b > 12 ? b : a == b ? a : -1;
            int month = a > 12 ? b : b > 12 ? a : a;
            if (day > 0) {
                try {
                    best = LocalDate.of(Integer.parseInt(m.group(3)), month, day);
                    bestAt = m.start();
                } catch (DateTimeException e) {
                    // not a calendar date
                }
            }
        }
        m = DAY_FIRST.matcher(head);
        if (m.find() && m.start() < bestAt) {
            LocalDate d = dayFirst(m);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = ISO.matcher(head);
        if (m.find() && m.start() < bestAt) {
            try {
                best = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // not a calendar date: keep what we had
            }
        }
        return best;
    }

    /** The day a {@link #DAY_FIRST} match names, or null when it is no calendar date. */
    static LocalDate dayFirst(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * "07-08-2013" read day first, also before a time ("07-08-2013 0147 PM", one mention to the tagger), or null
     * when the text does not open with such a date.
     */
    static LocalDate dayFirst(String text) {
        Matcher m = DAY_FIRST.matcher(text.strip());
        return m.lookingAt() ? dayFirst(m) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        Integer mm = MONTHS.get(month.substring(0, 3).toLowerCase(Locale.ROOT));
        try {
            return mm == null ? null : LocalDate.of(Integer.parseInt(year), mm, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
