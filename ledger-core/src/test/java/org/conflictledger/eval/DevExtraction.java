package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;

/** Extracts a dev set with the standard pipeline on two threads; any article that fails fails the test. */
final class DevExtraction {
    private DevExtraction() {
    }

    static List<Extraction> of(List<Article> articles) {
        List<Extraction> extracted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Pipeline.Batch batch = Pipeline.standard().batch(2, r -> {
            if (r.error() != null) {
                failures.add(r.article().id() + ": " + r.error());
            } else {
                extracted.add(r.extraction());
            }
        })) {
            articles.forEach(batch::offer);
        }
        assertEquals(List.of(), failures, "every dev article extracts without error");
        return extracted;
    }
}
