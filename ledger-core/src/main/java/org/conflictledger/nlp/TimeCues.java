package org.conflictledger.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a word may anchor a time expression: SUTime, CoreNLP's temporal tagger, is more than half of the
 * annotation time, and a stretch of text without a month, weekday, unit of time, deictic word ("yesterday",
 * "ago") or date-shaped number cannot give it anything. Generous by design: a sentence
 * let through needlessly costs time, one held back wrongly would lose a date, so every word SUTime anchors
 * its rules on is a cue, and so is every number that may be a year, a clock time or a date.
 */
final class TimeCues {
    private TimeCues() {
    }

    /**
     * Names of months, weekdays and holidays, with their abbreviations, which count only when capitalised as
     * names are: "May" is a month, "may" a verb; "Sun" a weekday, "sun" the star.
     */
    private static final Set<String> NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
            "saturdays", "sundays", "christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "passover",
            "hanukkah", "diwali", "nowruz", "ashura", "gmt", "utc", "bst", "est", "edt", "cet");

    /** Units and parts of time, and the deictic and relative words SUTime reads as times, in any case. */
    private static final Set<String> WORDS = Set.of(
            "second", "seconds", "minute", "minutes", "hour", "hours", "hourly", "day", "days", "daily", "night",
            "nights", "nightly", "week", "weeks", "weekly", "weekend", "weekends", "fortnight", "month", "months",
            "monthly", "year", "years", "yearly", "annual", "annually", "decade", "decades", "century", "centuries",
            "millennium", "quarter", "quarters", "season", "seasons", "spring", "summer", "autumn", "fall", "winter",
            "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "noon", "midday", "midnight",
            "dawn", "dusk", "daybreak", "sunrise", "sunset", "nightfall", "overnight", "tonight", "today", "yesterday",
            "tomorrow", "weekday", "weekdays", "am", "pm", "a.m.", "p.m.", "o'clock", "now", "currently", "current",
            "recently", "recent", "lately", "ago", "earlier", "later", "former", "formerly", "past", "present",
            "future", "once", "sometime", "nowadays", "meantime", "meanwhile", "previously", "soon", "eve", "holiday",
            "holidays", "time", "times", "date", "moment", "period", "era");

    static boolean isCue(String word) {
        boolean digit = false;
        boolean other = false;
        int stops = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c == '.') {
                stops++;
            } else if (c != ',') {
                other = true;
            }
        }
        if (digit) {
            // a plain count ("12", "1,400", "2.5") is not a time unless it may be a year; anything with
            // letters, a colon, a slash or a dash may be one ("5pm", "1990s", "6th", "10:30", "12/05", "2015-05-01"),
            // and so may digits with two full stops ("01.10.2014")
            return other || stops >= 2 || mayBeYear(word);
        }
        // "mid-July", "pre-war", "year-long": each part of a hyphenated word
        for (String part : word.split("-")) {
            // "Jan.", "Sept.": an abbreviation keeps its full stop as a token
            String bare = part.endsWith(".") && part.length() > 1 ? part.substring(0, part.length() - 1) : part;
            String lower = bare.toLowerCase(Locale.ROOT);
            if (WORDS.contains(lower) || WORDS.contains(part.toLowerCase(Locale.ROOT))
                    || !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && NAMES.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeYear(String word) {
        if (word.length() != 4) {
            return false;
        }
        int n = 0;
        for (int i = 0; i < 4; i++) {
            char c = word.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 1000 && n <= 2999;
    }
}
