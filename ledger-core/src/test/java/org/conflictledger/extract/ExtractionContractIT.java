package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictledger.Pipeline;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.junit.jupiter.api.Test;

/** The contract every extraction keeps: spans inside the text, evidence equal to its span, provenance present. */
class ExtractionContractIT {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static void assertContract(Article a, Extraction e) {
        assertEquals(a.id(), e.id());
        for (IncidentMention m : e.incidents()) {
            assertNotNull(m.eventType());
            assertNotNull(m.incidentId());
            for (Claim c : m.claims()) {
                assertTrue(c.start() >= 0 && c.end() <= a.text().length() && c.start() <= c.end(),
                        a.id() + ": span outside the text: " + c);
                assertEquals(a.text().substring(c.start(), c.end()), c.evidence(), a.id() + ": evidence is not its span");
                assertTrue(!c.source().isBlank(), a.id() + ": claim without a source");
            }
        }
    }

    @Test
    void everySpanOfTheExamplesLiesInsideItsText() {
        List<Article> articles = Ingest.readAll(List.of(Path.of("../examples"))).articles();
        assertTrue(articles.size() >= 4, "examples read: " + articles.size());
        int claims = 0;
        for (Article a : articles) {
            Extraction e = PIPELINE.extract(a);
            assertContract(a, e);
            claims += e.incidents().stream().mapToInt(i -> i.claims().size()).sum();
        }
        assertTrue(claims > 10, "the examples yield claims: " + claims);
    }

    @Test
    void randomAndBrokenTextNeverBreaksTheContract() {
        Random r = new Random(42);
        String[] words = {"killed", "at", "least", "12", "people", "wounded", "dozens", "no", "casualties", "said",
            "according", "to", "the", "(", ")", "\"", ",", ".", "\n\n", "between", "and", "20", "-", "Sunday", "SOHR",
            "civilians", "including", "three", "children", "toll", "rose", "Raqqa", "é", "\u0000", "\uD83D\uDE00", "%", "1,000,000"};
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(80);
            for (int i = 0; i < len; i++) {
                b.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            articles.add(new Article("fuzz-" + n, null, null, null, null, b.toString()));
        }
        articles.add(new Article("empty", null, null, null, null, ""));
        articles.add(new Article("blank", null, null, null, null, " \n\n\t "));
        for (Article a : articles) {
            assertContract(a, PIPELINE.extract(a));
        }
    }
}
