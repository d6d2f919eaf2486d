package org.conflictledger.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A {@code .jsonl} file, streamed: one article object per line, blank lines skipped, every bad line a
 * problem naming its number. A line without an id gets {@code <file-stem>-<line>}.
 */
final class JsonlFileReader {
    private JsonlFileReader() {
    }

    static void read(InputStream stream, IngestRun.FileContext context) throws IOException {
        String stem = context.stem();
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            in.mark(Limits.BINARY_SNIFF_BYTES);
            byte[] head = in.readNBytes(Limits.BINARY_SNIFF_BYTES);
            in.reset();
            if (Bytes.looksBinary(head, head.length)) {
                context.problem(0, "binary file; skipped");
                return;
            }
            LineReader lines = new LineReader(in, Limits.MAX_JSON_BYTES);
            boolean sawContent = false;
            while (lines.next()) {
                long number = lines.number();
                if (lines.oversized()) {
                    sawContent = true;
                    context.problem(number, "line is longer than " + Limits.MAX_JSON_BYTES + " bytes; skipped");
                    continue;
                }
                String line = lines.text();
                if (line.isBlank()) {
                    continue;
                }
                sawContent = true;
                ArticleJson.parse(line, stem + "-" + number, false, message -> context.problem(number, message))
                        .ifPresent(article -> context.article(article, number));
            }
            if (!sawContent) {
                context.problem(0, "empty file");
            }
        }
    }
}
