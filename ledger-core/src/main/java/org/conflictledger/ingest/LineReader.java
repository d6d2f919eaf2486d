package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n' (a '\r' before it is dropped), holding at most
 * {@code maxLineBytes} of any line in memory: a longer line is consumed and flagged as oversized.
 * Splitting bytes is safe for UTF-8, where '\n' never occurs inside a multi-byte sequence. A byte-order
 * mark starting any line is dropped, so files joined with {@code cat} still read.
 */
final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;
    private byte[] line = new byte[8192];
    private int lineLength;
    private boolean oversized;
    private long number;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of input. */
    boolean next() throws IOException {
        lineLength = 0;
        oversized = false;
        boolean started = false;
        while (true) {
            if (position >= limit) {
                if (endOfInput || !fill()) {
                    if (!started) {
                        return false;
                    }
                    break;
                }
            }
            started = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (!oversized && contentLength() > maxLineBytes) {
            oversized = true;
        }
        return true;
    }

    /** The current line's 1-based number. */
    long number() {
        return number;
    }

    /** Whether the current line was longer than the bound and so was not kept. */
    boolean oversized() {
        return oversized;
    }

    /** The current line decoded as UTF-8 (malformed input replaced), without its line terminator. */
    String text() {
        if (oversized) {
            throw new IllegalStateException("line " + number + " is oversized and was not kept");
        }
        return Bytes.decode(line, 0, contentLength());
    }

    private int contentLength() {
        return lineLength > 0 && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int length) {
        if (oversized || length == 0) {
            return;
        }
        // allow one extra byte for a trailing '\r' that will be dropped
        if ((long) lineLength + length > (long) maxLineBytes + 1) {
            oversized = true;
            lineLength = 0;
            if (line.length > 8192) {
                line = new byte[8192];
            }
            return;
        }
        int needed = lineLength + length;
        if (needed > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max((long) line.length * 2, needed), maxLineBytes + 1L));
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength = needed;
    }
}
