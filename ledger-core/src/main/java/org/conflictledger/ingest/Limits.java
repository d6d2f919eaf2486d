package org.conflictledger.ingest;

/** Bounds that keep one bad input from exhausting memory. */
final class Limits {
    /** Longest article text accepted, in chars. */
    static final int MAX_TEXT_CHARS = 5_000_000;
    /** Longest JSONL line, and largest .json file, accepted, in bytes. */
    static final int MAX_JSON_BYTES = 20 * 1024 * 1024;
    /**
     * Largest .txt file that can still hold at most {@link #MAX_TEXT_CHARS} chars: UTF-8 spends at most
     * three bytes per char (a CRLF is two bytes for one char), plus a byte-order mark.
     */
    static final int MAX_TXT_BYTES = 3 * MAX_TEXT_CHARS + 3;
    /** Largest HTML page accepted, whether a file or the body of a WARC response record, in bytes. */
    static final int MAX_PAGE_BYTES = 10 * 1024 * 1024;
    /** Largest RSS or Atom feed file accepted, in bytes (Rome holds the whole feed in memory). */
    static final int MAX_FEED_BYTES = 20 * 1024 * 1024;
    /** How much of a file's start is searched for NUL bytes to tell binary files. */
    static final int BINARY_SNIFF_BYTES = 8192;
    /** Problems reported per file before the rest are only counted. */
    static final int MAX_PROBLEMS_PER_FILE = 1000;

    private Limits() {
    }
}
