package org.conflictledger.ingest;

import java.util.Objects;

/**
 * Something in the input that could not be read as given: a skipped article, or a warning about
 * one that was kept (an unparseable date, a renamed duplicate id).
 *
 * @param file the path as given or as found by walking a directory
 * @param line 1-based line number for line-based formats (JSONL), 0 when not line-based
 * @param message what went wrong and what was done about it
 */
public record IngestProblem(String file, int line, String message) {
    public IngestProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    /** {@code FILE:LINE: message}, or {@code FILE: message} when there is no line, like a compiler. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
