package org.conflictledger.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole war's or campaign's toll ("the war has killed more than 220,000 people", "killed since the uprising began",
 * "since 2011", "six years of violence and at least 15,000 deaths", "as many as 300,000 people died in the war"):
 * background, its own incident, never a figure of the day's strike, and the country's, not the place of the news
 * that recalls it.
 */
public final class WarTolls {
    private static final Pattern WAR_TOLL = Pattern.compile(
            "(?i)\\b(?:(?:the|its|this|a)\\s+(?:[\\w-]+\\s+){0,2}(?:war|conflict|insurgency|uprising|crisis|revolt|rebellion)"
                    + "(?:\\s+\\w+){0,3}?\\s+(?:has|have|had)\\s+(?:so far\\s+)?(?:killed|claimed|left)"
                    + "|since\\s+(?:the\\s+)?(?:start|beginning|outbreak|onset)\\s+of\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,2}"
                    + "(?:war|conflict|uprising|insurgency|crisis|revolution|revolt|rebellion)\\b"
                    + "|since\\s+(?:(?:the\\s+)?(?:war|conflict|uprising|insurgency)\\s+(?:began|started|broke out|erupted)|(?:early\\s+|late\\s+|march\\s+)?(?:19|20)\\d\\d\\b)"
                    + "|\\b(?:years|decades?)\\s+of\\s+(?:[\\w-]+\\s+)?(?:war|violence|conflict|fighting|insurgency|bloodshed)\\b"
                    + "|\\b(?:died|killed|perished)\\s+(?:in|during)\\s+(?:the|its|this)\\s+(?:[\\w-]+\\s+){0,2}"
                    + "(?:war|conflict|insurgency|uprising)(?![\\w'\u2019-]))");

    /** A first or a superlative before "since" compares across years: "the first major assault there since 2007". */
    private static final Pattern COMPARED = Pattern.compile(
            "(?i)\\b(?:first|deadliest|worst|biggest|largest|bloodiest|heaviest|highest|most\\s+\\w+)(?:\\s+[\\w'-]+){0,5}\\s+$");

    private WarTolls() {
    }

    /** True when the sentence tells a whole war's or campaign's toll. */
    public static boolean in(String sentence) {
        Matcher m = WAR_TOLL.matcher(sentence);
        while (m.find()) {
            boolean since = sentence.regionMatches(true, m.start(), "since", 0, 5);
            if (!since || !COMPARED.matcher(sentence.substring(Math.max(0, m.start() - 80), m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
