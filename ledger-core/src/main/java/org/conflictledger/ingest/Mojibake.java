package org.conflictledger.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that a feed or a scraper decoded as Windows-1252 or Latin-1 when it was UTF-8: "donâ€™t" is
 * "don’t", "â\u0080\u0099" (the same bytes read as Latin-1) is "’", "Ã©tÃ©" is "été", and the lone "Â" that a
 * no-break space leaves once the space is normalised ("Source:Â Agencies") goes. Each run of characters whose
 * Windows-1252 bytes form one well-formed UTF-8 sequence of two to four bytes is replaced by the character it
 * spells; anything else stays as written ("São Paulo", "Âge", "ÂNGULO"). A clean text comes back as the same
 * instance, after one pass over its characters.
 *
 * <p>Tagging and evidence offsets work on the repaired text, which is what the outlet published: a tagger reads
 * "King\u00c2" as no name.
 */
final class Mojibake {
    private Mojibake() {
    }

    /** Windows-1252's characters for the bytes 0x80 to 0x9F; the five bytes it leaves undefined read as themselves. */
    static final String CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039"
            + "\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d"
            + "\u017e\u0178";

    /** The repaired text, or {@code text} itself when nothing in it needs repair. */
    static String repair(String text) {
        if (text == null || !suspect(text)) {
            return text;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int n = continuations(c);
            String fixed = n > 0 && i + n < text.length() ? decode(text, i, n, utf8) : null;
            if (fixed != null) {
                out.append(fixed);
                i += n + 1;
                changed = true;
            } else if (c == '\u00c2' && strayBeforeSpace(text, i)) {
                i++; // a no-break space's first byte, its second turned into a plain space
                changed = true;
            } else {
                out.append(c);
                i++;
            }
        }
        return changed ? out.toString() : text;
    }

    /** True when the text holds a character that can open a misread UTF-8 sequence. */
    private static boolean suspect(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (continuations(text.charAt(i)) > 0) {
                return true;
            }
        }
        return false;
    }

    /** How many continuation bytes a lead byte read as this character announces, or 0 when it is no lead byte. */
    private static int continuations(char c) {
        if (c >= '\u00c2' && c <= '\u00df') {
            return 1;
        }
        if (c >= '\u00e0' && c <= '\u00ef') {
            return 2;
        }
        return c >= '\u00f0' && c <= '\u00f4' ? 3 : 0;
    }

    /** The byte Windows-1252 (or Latin-1, for its gaps) writes for a character, or -1. */
    private static int byteOf(char c) {
        if (c >= '\u0080' && c <= '\u00ff') {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 ? 0x80 + k : -1;
    }

    /** The character the lead at i and its n continuations spell, or null when they are no UTF-8 sequence. */
    private static String decode(String text, int i, int n, CharsetDecoder utf8) {
        byte[] bytes = new byte[n + 1];
        bytes[0] = (byte) text.charAt(i);
        for (int k = 1; k <= n; k++) {
            int b = byteOf(text.charAt(i + k));
            if (b < 0x80 || b > 0xbf) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null; // an overlong or surrogate form: not what an encoder writes
        }
    }

    /** "andÂ Soul", "Source:Â Agencies", "2012 Â riot": an "Â" before white space, not in a word written in capitals. */
    private static boolean strayBeforeSpace(String text, int i) {
        boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        return spaceAfter && !(i > 0 && Character.isUpperCase(text.charAt(i - 1)));
    }
}
