package org.conflictledger.model;

/**
 * Line breaks in a text: a break ends a sentence, except a soft wrap inside one ("killed at least\ntwelve people"): a
 * break after a character that cannot end a sentence and before a lower-case letter or a digit. The annotator reads a
 * soft wrap as a space, and the relevance filter does not end a paragraph at one, so both read a hard-wrapped text as
 * its sentences.
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    /** Whether the line break at {@code i} (a '\n') is a soft wrap inside a sentence. */
    public static boolean softWrap(CharSequence text, int i) {
        int p = i - 1;
        while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t' || text.charAt(p) == '\r')) {
            p--;
        }
        int n = i + 1;
        while (n < text.length() && (text.charAt(n) == ' ' || text.charAt(n) == '\t')) {
            n++;
        }
        boolean ends = p < 0 || ".!?:;\"\u201d\u2019')]".indexOf(text.charAt(p)) >= 0;
        return !ends && n < text.length() && (Character.isLowerCase(text.charAt(n)) || Character.isDigit(text.charAt(n)));
    }

    /** The text with every soft wrap a space: one character for one, so every offset still points into the text. */
    public static String unwrap(String text) {
        char[] c = text.toCharArray();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (softWrap(text, i)) {
                c[i] = ' ';
            }
        }
        return new String(c);
    }
}
