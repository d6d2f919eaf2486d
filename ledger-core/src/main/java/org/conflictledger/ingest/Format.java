package org.conflictledger.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats, told apart by file extension (case-insensitive). */
enum Format {
    TXT(".txt"),
    JSONL(".jsonl"),
    JSON(".json"),
    HTML(".html", ".htm"),
    /** RSS or Atom; a {@code .xml} file is read as a feed only when its root element is one. */
    FEED(".rss", ".atom", ".xml"),
    /** Plain or gzip-compressed WARC, as Common Crawl publishes them. */
    WARC(".warc", ".warc.gz");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    static Optional<Format> of(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        return of(name.toString());
    }

    /** The format of a file name, or of a path or URI whose last segment is one. */
    static Optional<Format> of(String name) {
        String lower = lastSegment(name).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /** Every extension, in order, for messages. */
    static String allExtensions() {
        StringBuilder out = new StringBuilder();
        for (Format format : values()) {
            for (String extension : format.extensions) {
                out.append(out.length() == 0 ? "" : ", ").append(extension);
            }
        }
        return out.toString();
    }

    /**
     * The file name without its extension ({@code .warc.gz} counts as one), or the whole name when that
     * would leave nothing.
     */
    static String stem(Path path) {
        return stem(path.getFileName() == null ? path.toString() : path.getFileName().toString());
    }

    /** {@link #stem(Path)} of a file name, or of the last segment of a path or URI. */
    static String stem(String path) {
        String name = lastSegment(path);
        if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz") && name.length() > ".warc.gz".length()) {
            return name.substring(0, name.length() - ".warc.gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
    }
}
