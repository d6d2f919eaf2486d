package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.conflictledger.model.Article;

/**
 * A {@code .txt} file as one article: the text is the whole file (so offsets match the file, after
 * CRLF becomes LF and a byte-order mark is dropped), the title its first non-blank line, the id its
 * name without extension.
 */
final class TextFileReader {
    private TextFileReader() {
    }

    static void read(InputStream in, IngestRun.FileContext context) throws IOException {
        byte[] bytes = Bytes.readAtMost(in, Limits.MAX_TXT_BYTES + 1);
        if (Bytes.looksBinary(bytes, bytes.length)) {
            context.problem(0, "binary file; skipped");
            return;
        }
        if (bytes.length > Limits.MAX_TXT_BYTES) {
            context.problem(0, "text has more than " + Limits.MAX_TEXT_CHARS + " characters; article skipped");
            return;
        }
        String text = Bytes.decode(bytes, 0, bytes.length).replace("\r\n", "\n");
        if (text.isBlank()) {
            context.problem(0, "empty file");
            return;
        }
        if (text.length() > Limits.MAX_TEXT_CHARS) {
            context.problem(0, ArticleJson.tooLong(text.length()));
            return;
        }
        context.article(new Article(context.stem(), null, null, null, title(text), text), 0);
    }

    private static String title(String text) {
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                return line.strip();
            }
        }
        return null;
    }
}
