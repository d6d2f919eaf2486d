package org.conflictledger.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension (case-insensitive). */
enum Format {
    TXT(".txt"),
    JSONL(".jsonl"),
    JSON(".json");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    static Optional<Format> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (lower.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The file name without its extension, or the whole name when that would leave nothing. */
    static String stem(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
