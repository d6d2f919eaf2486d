package org.conflictledger.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a dateline's place: where a report was filed ("BEIRUT Oct 26", "KABUL (Reuters) -",
 * "Irbil, Iraq (CNN) —"), which is not where the incident happened.
 */
public final class FiledFrom {
    private static final Pattern TAIL =
            Pattern.compile("(?:,\\s*[A-Z][\\w.' ]{1,25})?\\s*\\([A-Z][\\w.&' ]{0,25}\\)\\s*(?:[-\u2013\u2014]|--)");
    private static final int TAIL_CHARS = 40;

    private FiledFrom() {
    }

    /**
     * True when the place name at [start, end) of the text is a dateline: written in capitals (and not a
     * country's abbreviation such as "UAE"), or followed by an agency in brackets and a dash.
     */
    public static boolean isDateline(String text, int start, int end) {
        String name = text.substring(start, end);
        if (name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))
                && Countries.byName(name) == null) {
            return true;
        }
        return TAIL.matcher(text.substring(end, Math.min(text.length(), end + TAIL_CHARS))).lookingAt();
    }
}
