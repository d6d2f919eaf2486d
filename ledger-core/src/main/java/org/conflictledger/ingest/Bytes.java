package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;
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

    /** UTF-8 with each malformed sequence replaced by U+FFFD, and a leading byte-order mark dropped. */
    static String decode(byte[] bytes, int offset, int length) {
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return text.isEmpty() || text.charAt(0) != BOM ? text : text.substring(1);
    }
}
