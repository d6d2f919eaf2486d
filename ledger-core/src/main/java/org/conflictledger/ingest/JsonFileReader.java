package org.conflictledger.ingest;

import java.io.IOException;
import java.io.InputStream;

/** A {@code .json} file holding one article object; without an id it takes the file's stem. */
final class JsonFileReader {
    private JsonFileReader() {
    }

    static void read(InputStream in, IngestRun.FileContext context) throws IOException {
        byte[] bytes = Bytes.readAtMost(in, Limits.MAX_JSON_BYTES + 1);
        if (Bytes.looksBinary(bytes, bytes.length)) {
            context.problem(0, "binary file; skipped");
            return;
        }
        if (bytes.length > Limits.MAX_JSON_BYTES) {
            context.problem(0, "file is larger than " + Limits.MAX_JSON_BYTES + " bytes; skipped");
            return;
        }
        String json = Bytes.decode(bytes, 0, bytes.length);
        if (json.isBlank()) {
            context.problem(0, "empty file");
            return;
        }
        ArticleJson.parse(json, context.stem(), true, message -> context.problem(0, message))
                .ifPresent(article -> context.article(article, 0));
    }
}
