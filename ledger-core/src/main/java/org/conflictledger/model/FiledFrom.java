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
    private static final Pattern COLON = Pattern.compile(":\\s+[A-Z]");
    private static final int TAIL_CHARS = 40;
    /** A dateline's place in capitals and the bracket that opens its agency's name: "MOSCOW (", "BEIRUT, Lebanon (". */
    private static final Pattern AGENCY_BEFORE = Pattern.compile("\\b[A-Z][A-Z.'-]{2,}(?:,\\s*[A-Z][\\w.' ]{1,25})?\\s*\\($");

    private FiledFrom() {
    }

    /**
     * True when the place name at [start, end) of the text is a dateline: written in capitals (and not a
     * country's abbreviation such as "UAE"), followed by an agency in brackets and a dash, or opening a line
     * before a colon ("Kabul: The toll ...") when it is not a country; or the agency in brackets after a dateline
     * ("MOSCOW (Sputnik)"), which the tagger may take for a place.
     */
    public static boolean isDateline(String text, int start, int end) {
        String name = text.substring(start, end);
        boolean country = Countries.byName(name) != null;
        if (name.length() > 3 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))
                && !country) {
            return true;
        }
        String tail = text.substring(end, Math.min(text.length(), end + TAIL_CHARS));
        if (tail.startsWith(")") && AGENCY_BEFORE.matcher(text.substring(Math.max(0, start - TAIL_CHARS), start)).find()) {
            return true; // "MOSCOW (Sputnik)": the agency that filed it
        }
        return TAIL.matcher(tail).lookingAt() || COLON.matcher(tail).lookingAt() && opensLine(text, start)
                && !country; // "Kabul: The toll ...", not a headline's "Syria: 27 killed"
    }

    /** True when only spaces stand between the start of the text or of its line and {@code start}. */
    private static boolean opensLine(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
