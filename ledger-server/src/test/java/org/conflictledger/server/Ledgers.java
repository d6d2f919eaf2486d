package org.conflictledger.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.ingest.IngestResult;
import org.conflictledger.model.Article;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;
import org.conflictledger.store.AddSummary;
import org.conflictledger.store.LedgerStore;

/**
 * The test ledger: a real SQLite store filled with the bundled example articles and the pipeline's own extraction
 * of them ({@code examples-extractions.jsonl}, written by {@code ledger extract examples/ --format jsonl}), plus
 * two hostile articles whose text, title, outlet, source, place and perpetrator carry markup and script.
 */
final class Ledgers {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_ID = "hostile-kabul";
    static final String HOSTILE_TEXT = "KABUL " + SCRIPT + " (Wire) - At least 7 people were killed " + IMG
            + " in a suicide bombing near the ministry on Tuesday, police said.\n\n"
            + "A hospital official said 12 people had died and 30 were wounded. <b onmouseover=alert(2)>bold</b> "
            + "\"</mark><script>alert(3)</script>\" ends here.";

    private Ledgers() {
    }

    /** The examples directory of the repository (tests run in the module directory). */
    static Path examples() {
        Path p = Path.of("..", "examples").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("examples directory not found at " + p);
        }
        return p;
    }

    /** A store in {@code dir} holding the examples and the hostile articles. */
    static LedgerStore filled(Path dir) {
        LedgerStore store = LedgerStore.open(dir.resolve("ledger.db").toString());
        AddSummary s = store.add(entries());
        if (s.articlesAdded() != entries().size()) {
            throw new IllegalStateException("expected every test article stored: " + s);
        }
        return store;
    }

    static List<LedgerStore.Entry> entries() {
        IngestResult read = Ingest.readAll(List.of(examples()));
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("examples did not read cleanly: " + read.problems());
        }
        Map<String, Extraction> extracted = extractions();
        List<LedgerStore.Entry> entries = new ArrayList<>();
        for (Article a : read.articles()) {
            Extraction e = extracted.get(a.id());
            if (e == null) {
                throw new IllegalStateException("no extraction for example " + a.id() + ": regenerate examples-extractions.jsonl");
            }
            entries.add(new LedgerStore.Entry(a, e));
        }
        entries.addAll(hostile());
        return entries;
    }

    private static Map<String, Extraction> extractions() {
        Map<String, Extraction> byId = new HashMap<>();
        try (InputStream in = Ledgers.class.getResourceAsStream("/examples-extractions.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Extraction e = Json.mapper().readValue(line, Extraction.class);
                byId.put(e.id(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read examples-extractions.jsonl", e);
        }
        return byId;
    }

    /** Two reports of one hostile incident, from two articles with different tolls and attributions. */
    static List<LedgerStore.Entry> hostile() {
        Article a = new Article(HOSTILE_ID, "javascript:alert(1)", "<b>Wire</b>" + IMG, LocalDate.of(2016, 3, 1),
                IMG + "Kabul bombing " + SCRIPT, HOSTILE_TEXT);
        Article b = new Article("hostile-kabul-2", "https://example.org/kabul", "Evening " + SCRIPT,
                LocalDate.of(2016, 3, 2), "Kabul toll rises", "Officials in Kabul said on Wednesday that 15 people "
                + "were killed in Tuesday's suicide attack " + IMG + ", which the Taliban denied.");
        return List.of(
                new LedgerStore.Entry(a, new Extraction(a.id(), List.of(mention(a, "<svg onload=alert(1)>Taliban",
                        claim(a, "police" + SCRIPT, "At least 7 people were killed " + IMG, 7, Qualifier.AT_LEAST),
                        claim(a, "hospital official", "12 people had died", 12, Qualifier.EXACT))))),
                new LedgerStore.Entry(b, new Extraction(b.id(), List.of(mention(b, "Islamic State",
                        claim(b, "officials", "15 people were killed", 15, Qualifier.EXACT))))));
    }

    private static IncidentMention mention(Article a, String perpetrator, Claim... claims) {
        return new IncidentMention(a.id() + "/1", EventType.SUICIDE_BOMB, LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 3, 1), "Kabul" + IMG, "Kabul", "AF", 34.5281, 69.1723, GeoPrecision.CITY,
                List.of(perpetrator), false, List.of(claims));
    }

    private static Claim claim(Article a, String source, String evidence, int value, Qualifier q) {
        int start = a.text().indexOf(evidence);
        if (start < 0) {
            throw new IllegalArgumentException("evidence not in " + a.id() + ": " + evidence);
        }
        return new Claim(source, Category.KILLED, Group.ALL, value, q, evidence, start, start + evidence.length());
    }
}
