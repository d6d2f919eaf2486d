package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An {@code .html} or {@code .htm} file as one article: the page's main text (boilerplate removed, see
 * {@link PageExtractor}) after its title, with its date, outlet and address from the page's metadata.
 * The id is the file's name without extension.
 */
final class HtmlFileReader {
    private HtmlFileReader() {
    }

    static void read(Path file, IngestRun.FileContext context) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = Bytes.readAtMost(in, Limits.MAX_PAGE_BYTES + 1);
        }
        if (bytes.length == 0) {
            context.problem(0, "empty file");
            return;
        }
        if (Bytes.looksBinaryMarkup(bytes, bytes.length)) {
            context.problem(0, "binary file; skipped");
            return;
        }
        if (bytes.length > Limits.MAX_PAGE_BYTES) {
            context.problem(0, "page is larger than " + Limits.MAX_PAGE_BYTES + " bytes; skipped");
            return;
        }
        PageExtractor.Page page = PageExtractor.extract(bytes, null, "");
        WebArticles.fromPage(Format.stem(file), page, null, null, message -> context.problem(0, message))
                .ifPresent(article -> context.article(article, 0));
    }
}
