package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * An {@code .html} or {@code .htm} file as one article: the page's main text (boilerplate removed, see
 * {@link PageExtractor}) after its title, with its date, outlet and address from the page's metadata.
 * The id is the file's name without extension.
 */
final class HtmlFileReader {
    private HtmlFileReader() {
    }

    static void read(InputStream in, IngestRun.FileContext context) throws IOException {
        byte[] bytes = Bytes.readMarkup(in, Limits.MAX_PAGE_BYTES, "page", context);
        if (bytes == null) {
            return;
        }
        PageExtractor.Page page = PageExtractor.extract(bytes, null, "");
        WebArticles.fromPage(context.stem(), page, null, null, message -> context.problem(0, message))
                .ifPresent(article -> context.article(article, 0));
    }
}
