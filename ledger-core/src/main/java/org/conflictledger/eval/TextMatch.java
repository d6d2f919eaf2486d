package org.conflictledger.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient name matching exactly as {@code gold/score.py} does it: places compared by a folded key
 * ("Ar-Raqqah" = "Raqqa"), sources and perpetrators by their content words or acronym ("SOHR").
 * Python's semantics are kept where Java's differ: {@code unicodedata.combining} (canonical combining
 * class, not the mark category), {@code \s} (Python's Unicode whitespace) and ASCII-only character
 * classes.
 */
final class TextMatch {
    private static final Set<String> STOP = Set.of(
            "the", "of", "for", "and", "a", "an", "in", "on", "said", "says", "group", "monitor");
    private static final Set<String> PREFIXES = Set.of("al", "ar", "as", "ad", "an", "at", "el", "ash", "az");
    private static final Set<String> PLACE_WORDS = Set.of(
            "city", "town", "province", "governorate", "district", "village");
    /** Python's {@code str.isspace()} characters, which its {@code re} module's {@code \s} matches. */
    static final String PY_SPACE =
            "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    private static final Pattern PLACE_SPLIT = Pattern.compile("[" + PY_SPACE + "\\-'\\u2019`]+");
    private static final Pattern NOT_LOWER_ASCII = Pattern.compile("[^a-z]");
    private static final Pattern RUN = Pattern.compile("(.)\\1+");
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** Canonical combining class 1 (overlay) and 240 (iota subscript): the lowest and highest there are. */
    private static final String LOW_MARK = "\u0334";
    private static final String HIGH_MARK = "\u0345";
    private static final ConcurrentHashMap<Integer, Boolean> COMBINING = new ConcurrentHashMap<>();

    private TextMatch() {
    }

    /** {@code fold}: NFKD, combining characters dropped, lower-cased; null folds to "". */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !combining(cp)).forEach(b::appendCodePoint);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a character of a decomposed string has a non-zero canonical combining class, as Python's
     * {@code unicodedata.combining} reports it. Java exposes no combining class, but canonical ordering
     * reveals it: a character with class c in 1..239 moves before the class-240 mark, one with c >= 2
     * moves after the class-1 mark, and a starter (class 0) never moves.
     */
    static boolean combining(int cp) {
        if (cp < 0x300) {
            return false;
        }
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        return COMBINING.computeIfAbsent(cp, TextMatch::probeCombining);
    }

    private static boolean probeCombining(int cp) {
        String c = new String(Character.toChars(cp));
        if (!Normalizer.normalize(c, Normalizer.Form.NFD).equals(c)) {
            return false;
        }
        String afterHigh = "a" + HIGH_MARK + c;
        String beforeLow = "a" + c + LOW_MARK;
        return !Normalizer.normalize(afterHigh, Normalizer.Form.NFD).equals(afterHigh)
                || !Normalizer.normalize(beforeLow, Normalizer.Form.NFD).equals(beforeLow);
    }

    /** {@code place_key}: folded, article prefixes and "city"/"province"... dropped, letters only, runs collapsed, final h dropped. */
    static String placeKey(String name) {
        StringBuilder joined = new StringBuilder();
        for (String w : pySplit(PLACE_SPLIT, fold(name))) {
            if (!w.isEmpty() && !PREFIXES.contains(w) && !PLACE_WORDS.contains(w)) {
                joined.append(w);
            }
        }
        String key = NOT_LOWER_ASCII.matcher(joined).replaceAll("");
        key = RUN.matcher(key).replaceAll("$1");
        return key.endsWith("h") ? key.substring(0, key.length() - 1) : key;
    }

    /** {@code same_place}: equal keys, or one key inside the other when both have at least 4 letters. */
    static boolean samePlace(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return false;
        }
        String ka = placeKey(a);
        String kb = placeKey(b);
        return !ka.isEmpty() && !kb.isEmpty()
                && (ka.equals(kb) || (Math.min(ka.length(), kb.length()) >= 4 && (kb.contains(ka) || ka.contains(kb))));
    }

    /** {@code source_tokens}: the folded ASCII words and digits that are not stop words. */
    static List<String> sourceTokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(fold(s));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** {@code acronym}: the initials of the ASCII-letter words that start with a capital. */
    static String acronym(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = WORD.matcher(s == null ? "" : s);
        while (m.find()) {
            char first = m.group().charAt(0);
            if (first >= 'A' && first <= 'Z') {
                b.append(first);
            }
        }
        return b.toString();
    }

    /** {@code same_source}: same content words, one's acronym spelling the other, or one word set inside the other. */
    static boolean sameSource(String g, String s) {
        if (g == null || g.isEmpty() || s == null || s.isEmpty()) {
            return false;
        }
        List<String> tg = sourceTokens(g);
        List<String> ts = sourceTokens(s);
        if (tg.isEmpty() || ts.isEmpty()) {
            return false;
        }
        if (tg.equals(ts)) {
            return true;
        }
        if (acronym(g).toLowerCase(Locale.ROOT).equals(String.join("", ts))
                || acronym(s).toLowerCase(Locale.ROOT).equals(String.join("", tg))) {
            return true;
        }
        Set<String> sg = new HashSet<>(tg);
        Set<String> ss = new HashSet<>(ts);
        return ss.containsAll(sg) || sg.containsAll(ss);
    }

    /** Python's {@code re.split}: keeps leading and trailing empty strings, unlike {@link String#split}. */
    private static List<String> pySplit(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        int last = 0;
        while (m.find()) {
            out.add(s.substring(last, m.start()));
            last = m.end();
        }
        out.add(s.substring(last));
        return out;
    }
}
