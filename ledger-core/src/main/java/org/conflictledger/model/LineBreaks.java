package org.conflictledger.model;

/**
 * Line breaks in a text: a break ends a sentence, except a soft wrap inside one. A soft wrap is a break after a
 * character that cannot end a sentence and before a lower-case letter or a digit ("killed at least\ntwelve people");
 * in a hard-wrapped text (wire copy wrapped at a fixed width: most of its lines are long and end mid-sentence), also
 * one before a capital ("killed in\nKabul"), after a line that itself runs to near the width. The annotator reads a
 * soft wrap as a space and the relevance filter does not end a paragraph at one, so both read a wrapped text as its
 * sentences.
 */
public final class LineBreaks {
    /** A line at least this long may be wrapped; a shorter one (a headline, a dateline) ends where it ends. */
    static final int WRAPPED_LINE = 50;
    /** A text whose longest line is longer is no fixed-width copy. */
    static final int MAX_WIDTH = 120;
    /** How many lines a text needs before its wrapping is judged. */
    static final int MIN_LINES = 4;
    /** Characters that may end a sentence, a closing quote or bracket after its stop included. */
    private static final String ENDS = ".!?:;\"\u201d\u2019')]";

    private LineBreaks() {
    }

    /** The text with every soft wrap a space: one character for one, so every offset still points into the text. */
    public static String unwrap(String text) {
        boolean wrapped = hardWrapped(text);
        char[] c = null;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            int p = lastChar(text, i);
            int n = firstChar(text, i);
            boolean ends = p < lineStart || ENDS.indexOf(text.charAt(p)) >= 0;
            boolean next = n < text.length() && text.charAt(n) != '\n';
            boolean soft = !ends && next && (Character.isLowerCase(text.charAt(n)) || Character.isDigit(text.charAt(n))
                    || wrapped && p - lineStart + 1 >= WRAPPED_LINE && Character.isLetter(text.charAt(n)));
            if (soft) {
                if (c == null) {
                    c = text.toCharArray();
                }
                c[i] = ' ';
            }
            lineStart = i + 1;
        }
        return c == null ? text : new String(c);
    }

    /**
     * Whether the text is copy wrapped at a fixed width: at least {@value #MIN_LINES} lines of {@value #WRAPPED_LINE}
     * characters or more, none longer than {@value #MAX_WIDTH}, and most of the long ones ending mid-sentence.
     */
    static boolean hardWrapped(String text) {
        int longLines = 0;
        int midSentence = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int p = lastChar(text, end);
            int length = p - start + 1;
            if (length > MAX_WIDTH) {
                return false;
            }
            if (length >= WRAPPED_LINE) {
                longLines++;
                if (ENDS.indexOf(text.charAt(p)) < 0) {
                    midSentence++;
                }
            }
            start = end + 1;
        }
        return longLines >= MIN_LINES && 2 * midSentence > longLines;
    }

    /** The index of the last character before {@code i} that is not a space or tab (may fall before the line). */
    private static int lastChar(String text, int i) {
        int p = i - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        return p;
    }

    /** The index of the first character after {@code i} that is not a space or tab. */
    private static int firstChar(String text, int i) {
        int n = i + 1;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
