package org.conflictledger.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.conflictledger.Pipeline;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.ingest.IngestProblem;
import org.conflictledger.ingest.IngestResult;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.resolve.IncidentResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job in {@code local[2]} over the dev set, a gzipped WARC, a JSONL file and a missing path, against
 * the single-machine path on the same input: ingest, the pipeline per article, one batch resolution.
 */
class ExtractJobIT {
    private static final String RAQQA = "syria-2016-raqqa-sohr-39";
    private static final String SANAA = "yemen-2016-sanaa-telegraph-funeral-140";
    private static final String DUPLICATED = "syria-2016-raqqa-antiwar-39";

    @TempDir
    static Path dir;
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("ExtractJobIT")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.default.parallelism", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Path devSet() {
        Path gold = Path.of(System.getProperty("ledger.shared", "../../shared")).resolve("gold/dev");
        assumeTrue(Files.isDirectory(gold), "no dev set at " + gold.toAbsolutePath());
        return gold.toAbsolutePath().normalize();
    }

    @Test
    void writesTheLinesOfSingleMachineExtractionInInputOrderAndTheSameExtractionsAsParquet() throws IOException {
        Path gold = devSet();
        Path warc = crawl(gold, dir.resolve("crawl/CC-NEWS-2016.warc.gz"));
        Path jsonl = dir.resolve("extra.jsonl");
        Files.writeString(jsonl, String.join("\n",
                Json.line(Map.of("id", DUPLICATED, "text", goldText(gold, SANAA))),
                "not json",
                Json.line(Map.of("text", goldText(gold, RAQQA), "published", "2016-03-20"))) + "\n");
        Path missing = dir.resolve("missing.jsonl");
        List<Path> inputs = List.of(gold, warc.getParent(), jsonl, missing);
        Path out = dir.resolve("out");

        long start = System.nanoTime();
        long extractedBefore = SharedPipeline.extracted();
        ExtractJob.Summary summary = ExtractJob.run(spark, new ExtractJob.Options(
                inputs.stream().map(Path::toString).toList(), out.toString(), EnumSet.allOf(ExtractJob.Output.class), 2));
        long sparkMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(53, SharedPipeline.extracted() - extractedBefore, "articles extracted, each once");

        start = System.nanoTime();
        IngestResult ingested = Ingest.readAll(inputs);
        List<String> expected = singleMachine(ingested.articles());
        long singleMillis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf("spark job %d ms, single machine %d ms, %s%n", sparkMillis, singleMillis, summary);

        List<String> lines = parts(out.resolve("jsonl"));
        assertEquals(expected.size(), lines.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), lines.get(i), "line " + (i + 1));
        }
        assertEquals(53, lines.size(), "49 gold articles, 2 pages, 2 JSONL articles");
        assertTrue(sharedIds(lines) > 0, "no incident merged across articles: resolution went untested");
        assertEquals(DUPLICATED + "#2", Json.mapper().readTree(lines.get(51)).get("id").asText());
        assertEquals("extra-3", Json.mapper().readTree(lines.get(52)).get("id").asText());

        List<String> problems = parts(out.resolve("problems"));
        List<String> expectedProblems = new ArrayList<>(ingested.problems().stream().map(IngestProblem::toString)
                .filter(p -> !p.contains("duplicate id")).toList());
        assertAll(
                () -> assertEquals(expectedProblems.stream().sorted().toList(), problems.stream()
                        .filter(p -> !p.contains("duplicate id")).map(p -> p.replaceFirst("^file:", "")).sorted()
                        .toList()),
                () -> assertTrue(problems.contains("file:" + jsonl + ": duplicate id \"" + DUPLICATED
                        + "\"; renamed to \"" + DUPLICATED + "#2\""), problems::toString),
                () -> assertEquals(new ExtractJob.Summary(51, 53, problems.size(), 0, mentions(expected),
                        distinctIds(expected)), summary));

        assertParquetHoldsTheLines(out.resolve("parquet"), expected);
    }

    private void assertParquetHoldsTheLines(Path parquet, List<String> expected) throws IOException {
        List<Row> rows = spark.read().parquet(parquet.toString())
                .selectExpr("id", "json", "transform(incidents, i -> struct(i.incident_id, i.event_type, "
                        + "cast(i.date_start as string), i.country, i.lat, i.claims[0].value, i.claims[0].evidence)) "
                        + "as got")
                .collectAsList();
        Map<String, Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.getString(0), r));
        assertEquals(expected.size(), byId.size());
        for (String line : expected) {
            Extraction e = Json.mapper().readValue(line, Extraction.class);
            Row row = byId.get(e.id());
            assertEquals(line, row.getString(1));
            List<Row> got = row.getList(2);
            assertEquals(e.incidents().size(), got.size(), e.id());
            for (int i = 0; i < got.size(); i++) {
                IncidentMention m = e.incidents().get(i);
                Row g = got.get(i);
                JsonNode eventType = Json.mapper().valueToTree(m.eventType());
                assertAll(e.id() + " incident " + i,
                        () -> assertEquals(m.incidentId(), g.getString(0)),
                        () -> assertEquals(eventType.asText(), g.getString(1)),
                        () -> assertEquals(m.dateStart() == null ? null : m.dateStart().toString(), g.getString(2)),
                        () -> assertEquals(m.country(), g.getString(3)),
                        () -> assertEquals(m.lat(), g.isNullAt(4) ? null : g.getDouble(4)),
                        () -> assertEquals(m.claims().isEmpty() || m.claims().get(0).value() == null ? null
                                : m.claims().get(0).value(), g.isNullAt(5) ? null : g.getInt(5)),
                        () -> assertEquals(m.claims().isEmpty() ? null : m.claims().get(0).evidence(), g.getString(6)));
            }
        }
    }

    /** What {@code ledger extract} does: each article through the pipeline, one resolution over the batch. */
    private static List<String> singleMachine(List<Article> articles) {
        Pipeline pipeline = SharedPipeline.get(); // the models are large: the job's executor (this JVM) lent its own
        List<Extraction> batch = new ArrayList<>();
        for (Article a : articles) {
            Extraction e;
            try {
                e = pipeline.extract(a);
            } catch (RuntimeException failed) {
                e = new Extraction(a.id(), List.of());
            }
            batch.add(e);
        }
        return IncidentResolver.scoring().resolve(batch, IncidentResolver.published(articles)).stream().map(Json::line).toList();
    }

    private static List<String> parts(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static long sharedIds(List<String> lines) throws IOException {
        Map<String, Integer> articles = new HashMap<>();
        for (String line : lines) {
            for (IncidentMention m : Json.mapper().readValue(line, Extraction.class).incidents()) {
                articles.merge(m.incidentId(), 1, Integer::sum);
            }
        }
        return articles.values().stream().filter(n -> n > 1).count();
    }

    private static long mentions(List<String> lines) throws IOException {
        long n = 0;
        for (String line : lines) {
            n += Json.mapper().readValue(line, Extraction.class).incidents().size();
        }
        return n;
    }

    private static long distinctIds(List<String> lines) throws IOException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String line : lines) {
            Json.mapper().readValue(line, Extraction.class).incidents().forEach(m -> ids.add(m.incidentId()));
        }
        return ids.size();
    }

    private static String goldText(Path gold, String id) throws IOException {
        return Json.mapper().readTree(gold.resolve(id + ".json").toFile()).get("text").asText();
    }

    /** Two dev articles as the HTML pages of a Common Crawl News archive. */
    private static Path crawl(Path gold, Path warc) throws IOException {
        Files.createDirectories(warc.getParent());
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            int n = 1;
            for (String id : List.of(RAQQA, SANAA)) {
                JsonNode article = Json.mapper().readTree(gold.resolve(id + ".json").toFile());
                StringBuilder page = new StringBuilder("<html><head><title>")
                        .append(escape(article.path("title").asText(id))).append("</title></head><body><article>");
                for (String paragraph : article.get("text").asText().split("\n\\s*\n")) {
                    page.append("<p>").append(escape(paragraph)).append("</p>");
                }
                page.append("</article></body></html>");
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), page.toString().getBytes(StandardCharsets.UTF_8))
                        .build();
                writer.write(new WarcResponse.Builder(URI.create("https://news.example/" + id))
                        .recordId(UUID.fromString("00000000-0000-4000-8000-00000000000" + n++))
                        .date(Instant.parse(article.path("published").asText("2016-01-01") + "T12:00:00Z"))
                        .body(http).build());
            }
        }
        return warc;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
