package org.conflictledger.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Folds a place name as written into lookup keys, so that transliteration variants meet without a list
 * of names. First {@link #fold}: lower case, diacritics stripped, apostrophes, ayn and hamza marks and dots
 * dropped inside words, anything else separating words. Then two keys, from strict to loose:
 *
 * <ul>
 *   <li>{@link #looseKey}: spaces and hyphens ignored, Arabic articles ({@code al-, ar-, ez-, el- ...}) and
 *       Persian ezafe ({@code -e-}) dropped, doubled letters single, a final {@code -ah} read as {@code -a}:
 *       "Ma'arrat al-Nu'man", "Ma‘arrat an Nu‘mān" and "Maarrat an Numan" share one key; a name's opening
 *       "Northern", "Southern", "Eastern" or "Western" is read as "North" ... ("South Kordofan").</li>
 *   <li>{@link #skeletonKey}: the loose key with every run of vowels (and of {@code w}/{@code y} after the
 *       first letter) read as one vowel and {@code q} as {@code k}: "Deir ez-Zor", "Deir al-Zour" and
 *       "Dayr az Zawr" meet here, as do "Idlib"/"Idleb" and "Mosul"/"Mawsil". It over-merges, so it is
 *       only a fallback.</li>
 * </ul>
 *
 * <p>All are pure functions of the text; no input throws. The gazetteer folds half a million names at
 * load, so folding is a table lookup per character and the builder forms write into buffers the caller
 * reuses.
 */
final class NameKeys {
    /** Longer strings are not place names; they fold to nothing. */
    static final int MAX_LENGTH = 200;

    private static final String JOIN = "\u0000join";
    private static final String SKIP = "";
    /** Replacement of each char below 0x2000: lower-case ASCII, {@link #SKIP}, {@link #JOIN}, or null (separator). */
    private static final String[] TABLE = new String[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = replacement(c);
        }
    }

    private NameKeys() {
    }

    /** The name's words, folded, separated by single spaces; empty when it has none or is too long. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        fold(text, 0, text.length(), out);
        return out.toString();
    }

    /** The name's folded words. */
    static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(folded.split(" ")));
    }

    /** The loose key of a name as written. */
    static String loose(String text) {
        return looseKey(fold(text));
    }

    /** The loose key of folded words (as {@link #fold} returns them, or joined by single spaces). */
    static String looseKey(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        looseKey(folded, key);
        return key.toString();
    }

    /** The loose key of words as {@link #words} returns them. */
    static String looseKey(List<String> words) {
        return looseKey(String.join(" ", words));
    }

    /** The skeleton key of words as {@link #words} returns them. */
    static String skeletonKey(List<String> words) {
        return skeletonOf(looseKey(words));
    }

    /** The skeleton key of a loose key. */
    static String skeletonOf(String loose) {
        StringBuilder key = new StringBuilder(loose.length());
        skeletonKey(loose, key);
        return key.toString();
    }

    /** Levenshtein distance between two keys: insertions, deletions and substitutions of one letter each. */
    static int editDistance(CharSequence a, CharSequence b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Folds {@code text[from, to)} into {@code out} (cleared first); nothing when longer than {@link #MAX_LENGTH}. */
    static void fold(CharSequence text, int from, int to, StringBuilder out) {
        out.setLength(0);
        if (to - from > MAX_LENGTH) {
            return;
        }
        boolean pendingSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
                continue;
            }
            String r = c < TABLE.length ? TABLE[c] : isJoiner(c) ? JOIN : isMark(c) ? SKIP : null;
            if (r == null) {
                pendingSpace = true;
            } else if (r != JOIN && !r.isEmpty()) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(r);
            }
        }
    }

    /** Writes the loose key of folded words into {@code key} (cleared first). */
    static void looseKey(CharSequence folded, StringBuilder key) {
        key.setLength(0);
        int n = folded.length();
        if (n == 0) {
            return;
        }
        boolean several = false;
        boolean allConnectors = true;
        for (int start = 0; start < n; ) {
            int end = wordEnd(folded, start);
            allConnectors &= isConnector(folded, start, end);
            several |= end < n;
            start = end + 1;
        }
        boolean dropConnectors = several && !allConnectors;
        for (int start = 0; start < n; ) {
            int next = wordEnd(folded, start);
            // "Southern Kordofan" is "South Kordofan", "Eastern Ghouta" "East Ghouta"
            int end = start == 0 && several && isDirection(folded, next) ? next - 3 : next;
            if (!dropConnectors || !isConnector(folded, start, end)) {
                appendWord(folded, start, end, key);
            }
            start = next + 1;
        }
    }

    /** Writes the skeleton key of a loose key into {@code key} (cleared first). */
    static void skeletonKey(CharSequence loose, StringBuilder key) {
        key.setLength(0);
        for (int i = 0; i < loose.length(); i++) {
            char c = loose.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || i > 0 && (c == 'w' || c == 'y')) {
                c = 'a';
            } else if (c == 'q') {
                c = 'k';
            }
            if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
    }

    /**
     * Appends a word with its doubled letters single and a final -ah as -a; a first letter equal to the
     * key's last one is not repeated either.
     */
    private static void appendWord(CharSequence s, int start, int end, StringBuilder key) {
        int wordStart = key.length();
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
                key.append(c);
            }
        }
        int n = key.length();
        if (n - wordStart > 3 && key.charAt(n - 1) == 'h' && key.charAt(n - 2) == 'a') {
            key.setLength(n - 1);
        }
    }

    private static int wordEnd(CharSequence s, int start) {
        int i = start;
        while (i < s.length() && s.charAt(i) != ' ') {
            i++;
        }
        return i;
    }

    /** Whether the first word, ending at {@code end}, is "northern", "southern", "eastern" or "western". */
    private static boolean isDirection(CharSequence s, int end) {
        if (end < 7 || end > 8 || s.charAt(end - 3) != 'e' || s.charAt(end - 2) != 'r' || s.charAt(end - 1) != 'n') {
            return false;
        }
        String word = s.subSequence(0, end).toString();
        return word.equals("northern") || word.equals("southern") || word.equals("eastern") || word.equals("western");
    }

    /** Arabic articles and Persian ezafe: al ar as ad an at az ash adh ath el ez ed es et en e i ye. */
    private static boolean isConnector(CharSequence s, int start, int end) {
        int len = end - start;
        if (len == 1) {
            char c = s.charAt(start);
            return c == 'e' || c == 'i';
        }
        if (len == 2) {
            char a = s.charAt(start);
            char b = s.charAt(start + 1);
            if (a == 'a') {
                return b == 'l' || b == 'r' || b == 's' || b == 'd' || b == 'n' || b == 't' || b == 'z';
            }
            if (a == 'e') {
                return b == 'l' || b == 'z' || b == 'd' || b == 's' || b == 't' || b == 'n';
            }
            return a == 'y' && b == 'e';
        }
        if (len == 3 && s.charAt(start) == 'a' && s.charAt(start + 2) == 'h') {
            char m = s.charAt(start + 1);
            return m == 's' || m == 'd' || m == 't';
        }
        return false;
    }

    private static String replacement(char c) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
            return String.valueOf(c);
        }
        if (c >= 'A' && c <= 'Z') {
            return String.valueOf((char) (c + ('a' - 'A')));
        }
        if (isJoiner(c)) {
            return JOIN;
        }
        if (c < 0x80) {
            return null;
        }
        if (isMark(c)) {
            return SKIP;
        }
        String special = latinLetter(c);
        if (special != null) {
            return special;
        }
        if (!Character.isLetter(c)) {
            return null;
        }
        StringBuilder ascii = new StringBuilder(2);
        for (char d : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).toCharArray()) {
            if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                ascii.append(d);
            } else if (d >= 'A' && d <= 'Z') {
                ascii.append((char) (d + ('a' - 'A')));
            } else if (!isMark(d)) {
                return null;
            }
        }
        return ascii.length() == 0 ? null : ascii.toString();
    }

    /** Apostrophes, ayn and hamza signs, and dots join the letters around them ("Ma'arrat", "U.S."). */
    private static boolean isJoiner(char c) {
        return c == '\'' || c == '`' || c == '.' || c == '\u2018' || c == '\u2019' || c == '\u00b4'
                || c == '\u02bb' || c == '\u02bc' || c == '\u02be' || c == '\u02bf' || c == '\u2032';
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Latin letters that do not decompose into a base letter and a mark. */
    private static String latinLetter(char c) {
        return switch (c) {
            case 'ı', 'İ' -> "i";
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ß' -> "ss";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ħ', 'Ħ' -> "h";
            case 'ŋ', 'Ŋ' -> "n";
            default -> null;
        };
    }
}
