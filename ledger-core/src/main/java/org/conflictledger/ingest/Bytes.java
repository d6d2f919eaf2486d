package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Bounded reading and lenient UTF-8 decoding of raw bytes. */
final class Bytes {
    private static final char BOM = '\uFEFF';

    private Bytes() {
    }

    /** Reads up to {@code max} bytes, fewer only at the end of input. */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        return in.readNBytes(max);
    }

    /** Whether a NUL byte occurs in the first {@link Limits#BINARY_SNIFF_BYTES} of {@code bytes}. */
    static boolean looksBinary(byte[] bytes, int length) {
        int end = Math.min(length, Limits.BINARY_SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether markup (HTML, XML) looks binary: a NUL byte near the start, unless a UTF-16 or UTF-32
     * byte-order mark explains it.
     */
    static boolean looksBinaryMarkup(byte[] bytes, int length) {
        return !startsWithWideBom(bytes, length) && looksBinary(bytes, length);
    }

    /** Whether {@code bytes} start with a Unicode byte-order mark (UTF-8, UTF-16 or UTF-32). */
    static boolean startsWithBom(byte[] bytes, int length) {
        return startsWithWideBom(bytes, length) || (length >= 3 && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF);
    }

    /** Whether the bytes are well-formed UTF-8. */
    static boolean isValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** UTF-8 with each malformed sequence replaced by U+FFFD, and a leading byte-order mark dropped. */
    static String decode(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
    }

    private static boolean startsWithWideBom(byte[] bytes, int length) {
        return length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE
                        && bytes[3] == (byte) 0xFF));
    }

    /**
     * A markup file's bytes when it is non-empty, not binary and at most {@code max} bytes long; otherwise
     * null, with one problem reported naming the {@code kind} ("page", "feed").
     */
    static byte[] readMarkup(InputStream in, int max, String kind, IngestRun.FileContext context)
            throws java.io.IOException {
        byte[] bytes = readAtMost(in, max + 1);
        if (bytes.length == 0) {
            context.problem(0, "empty file");
            return null;
        }
        if (looksBinaryMarkup(bytes, bytes.length)) {
            context.problem(0, "binary file; skipped");
            return null;
        }
        if (bytes.length > max) {
            context.problem(0, kind + " is larger than " + max + " bytes; skipped");
            return null;
        }
        return bytes;
    }
}
