package org.conflictledger.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.conflictledger.model.GeoPrecision;

/**
 * A place name as written, taken apart: the words of the name itself, the same words with a division
 * word removed ("Idlib province" gives "idlib") and the level that word implies, and the qualifiers
 * written after a comma or in parentheses ("Tripoli, Lebanon", "Sangin (Helmand)").
 *
 * @param full the words of the name as written, a leading "the" and division words included
 * @param core the words without a leading "the" and the division word; equal to {@code full} when there
 *     is neither
 * @param implied the level the division word implies, or null
 * @param qualifiers the texts after commas and inside parentheses, at most three
 * @param text the name part as written, for country matching
 * @param coreKey the loose key of {@code core} ({@link NameKeys#looseKey(List)}), computed once per query
 */
record PlaceQuery(List<String> full, List<String> core, GeoPrecision implied, List<String> qualifiers, String text,
                  String coreKey) {
    private static final int MAX_QUALIFIERS = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    PlaceQuery {
        full = List.copyOf(full);
        core = List.copyOf(core);
        qualifiers = List.copyOf(qualifiers);
    }

    /** Whether the core differs from the name as written, so both are looked up. */
    boolean stripped() {
        return !core.equals(full);
    }

    /** Parses a name; null when it holds no Latin letters or digits, or is too long to be a name. */
    static PlaceQuery parse(String written) {
        if (written == null || written.length() > NameKeys.MAX_LENGTH) {
            return null;
        }
        List<String> qualifiers = new ArrayList<>();
        StringBuilder main = new StringBuilder(written.length());
        int depth = 0;
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                if (--depth == 0) {
                    qualifiers.add(inner.toString());
                    inner.setLength(0);
                }
            } else if (depth > 0) {
                inner.append(c);
            } else {
                main.append(c);
            }
        }
        String[] parts = SEPARATORS.split(main);
        String name = parts.length == 0 ? "" : parts[0].strip();
        for (int i = 1; i < parts.length; i++) {
            qualifiers.add(parts[i]);
        }
        List<String> kept = new ArrayList<>();
        for (String q : qualifiers) {
            if (!q.isBlank() && kept.size() < MAX_QUALIFIERS) {
                kept.add(q.strip());
            }
        }
        List<String> full = NameKeys.words(name);
        if (full.isEmpty()) {
            return null;
        }
        List<String> core = full.size() > 1 && full.get(0).equals("the") ? full.subList(1, full.size()) : full;
        GeoPrecision implied = null;
        if (core.size() > 2 && core.get(1).equals("of") && Divisions.leading(core.get(0)) != null) {
            implied = Divisions.leading(core.get(0));
            core = core.subList(2, core.size());
        } else if (core.size() > 3 && Divisions.localGovernmentAreaWords(core) == 3) {
            implied = GeoPrecision.DISTRICT; // "Jos South Local Government Area": Nigeria's second level
            core = core.subList(0, core.size() - 3);
        } else if (core.size() > 1 && Divisions.trailing(core.get(core.size() - 1)) != null) {
            implied = Divisions.trailing(core.get(core.size() - 1));
            core = core.subList(0, core.size() - 1);
        }
        return new PlaceQuery(full, core, implied, kept, name, NameKeys.looseKey(core));
    }
}
