package org.conflictledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictledger.model.Json;
import org.conflictledger.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, with real models: output format, bad input, exit codes. */
class LedgerCommandIT {
    @TempDir
    Path dir;


    @Test
    void extractWritesOneLinePerArticleInInputOrderAndNamesEachBadLine() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Strike kills five\n\nAt least five civilians were killed in an air strike on Sunday, "
                + "the Syrian Observatory for Human Rights said.\n");
        Files.writeString(dir.resolve("b.jsonl"), String.join("\n",
                "{\"id\": \"b1\", \"published\": \"2016-04-28\", \"text\": \"Nothing happened today in the market.\"}",
                "{\"id\": \"b2\", \"text\": ",
                "{\"id\": \"b3\"}",
                "{\"id\": \"b4\", \"text\": \"Two soldiers were wounded by a roadside bomb, police said.\"}") + "\n");
        Path out = dir.resolve("out.jsonl");
        Outcome o = CliRun.ledger("extract", dir.toString(), "--format", "jsonl", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("b.jsonl:2"), o.err());
        assertTrue(o.err().contains("b.jsonl:3"), o.err());
        assertTrue(o.err().contains("3 articles extracted, 1 skipped as irrelevant (no_casualty_words 1)"), o.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), String.join("\n", lines));
        JsonNode a = Json.mapper().readTree(lines.get(0));
        assertEquals("a", a.get("id").asText());
        JsonNode claim = a.get("incidents").get(0).get("claims").get(0);
        assertEquals(5, claim.get("value").asInt());
        assertEquals("civilians", claim.get("group").asText());
        assertEquals("at_least", claim.get("qualifier").asText());
        assertEquals("killed", claim.get("category").asText());
        JsonNode b1 = Json.mapper().readTree(lines.get(1));
        assertEquals("b1", b1.get("id").asText());
        assertTrue(b1.get("incidents").isArray() && b1.get("incidents").isEmpty(), lines.get(1));
        JsonNode b4 = Json.mapper().readTree(lines.get(2));
        assertEquals("injured", b4.get("incidents").get(0).get("claims").get(0).get("category").asText());
        assertEquals("remote_explosive_ied", b4.get("incidents").get(0).get("event_type").asText());
        for (String key : List.of("incident_id", "event_type", "date_start", "date_end", "location", "admin1", "country",
                "lat", "lon", "geo_precision", "perpetrators", "disputed_perpetrator", "claims")) {
            assertTrue(a.get("incidents").get(0).has(key), "schema field " + key);
        }
    }

    @Test
    void exitsNonZeroOnlyWhenNothingCouldBeRead() throws IOException {
        Files.writeString(dir.resolve("bad.jsonl"), "not json\n{\"id\": 1}\n");
        Outcome o = CliRun.ledger("extract", dir.resolve("bad.jsonl").toString(), "--out", dir.resolve("o.jsonl").toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("bad.jsonl:1"), o.err());
        Outcome missing = CliRun.ledger("run", dir.resolve("nope").toString(), "--db", dir.resolve("ledger.db").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope"), missing.err());
        assertFalse(Files.exists(dir.resolve("o.jsonl.tmp")));
    }

    @Test
    void anArticleTooLongToAnnotateIsReportedAndTheOthersAreStillExtracted() throws IOException {
        Files.writeString(dir.resolve("a-huge.txt"), "Huge\n\n" + "Five people were killed. ".repeat(20_000));
        Files.writeString(dir.resolve("b-small.txt"), "Small\n\nTwo soldiers were killed in the ambush.\n");
        Path out = dir.resolve("out.jsonl");
        Outcome o = CliRun.ledger("extract", dir.resolve("a-huge.txt").toString(), dir.resolve("b-small.txt").toString(),
                "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("a-huge: extraction failed") && o.err().contains("bounded"), o.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"incidents\":[]"), lines.get(0));
        assertTrue(lines.get(1).contains("\"value\":2"), lines.get(1));
    }

    @Test
    void benchComparesTheNaivePathWithTheCascadeOnTheSameArticles() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), String.join("\n",
                "{\"id\": \"k\", \"text\": \"At least five civilians were killed in an air strike on Sunday.\"}",
                "{\"id\": \"s\", \"text\": \"The home side won 3-1 with two late goals.\"}") + "\n");
        Outcome o = CliRun.ledger("bench", dir.resolve("in.jsonl").toString(), "--threads", "1", "--warmup", "0", "--limit", "2");
        assertEquals(0, o.code(), o.err());
        for (String line : List.of("articles/s", "tokens/s", "peak heap", "annotate (CoreNLP)", "relevance", "geo",
                "cascade: 1 skipped as irrelevant (no_casualty_words 1)", "the cascade finds 1 (100.0%)", "speed-up")) {
            assertTrue(o.out().contains(line), line + " in\n" + o.out());
        }
    }

    @Test
    void evalRejectsAMissingDirectoryWithOneLine() {
        Outcome o = CliRun.ledger("eval", dir.resolve("missing").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("not a directory"), o.err());
    }
}
