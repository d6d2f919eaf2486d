package org.conflictledger.ingest;

import static org.conflictledger.ingest.HtmlIngestTest.messages;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcIngestTest {
    private static final UUID KUNDUZ = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID SANAA = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final String KUNDUZ_URL = "https://news.example/2015/10/03/kunduz-hospital";
    private static final String SANAA_URL = "https://other.example/yemen/sanaa-wedding";
    private static final Instant CRAWLED = Instant.parse("2015-10-07T23:59:00Z");

    @TempDir
    Path dir;

    @Test
    void readsOnlyHtmlResponsesWithStatus200FromAPlainWarc() throws IOException {
        Path warc = dir.resolve("crawl.warc");
        write(warc, WarcCompression.NONE, crawl());

        IngestResult result = Ingest.readAll(List.of(warc));

        assertEquals(List.of(), result.problems());
        assertEquals(expectedArticles(), result.articles());
    }

    @Test
    void readsTheSameArticlesFromAGzipWarcAsCommonCrawlPublishesIt() throws IOException {
        Path warc = dir.resolve("CC-NEWS-20151007.warc.gz");
        write(warc, WarcCompression.GZIP, crawl());
        assertEquals(0x1f, Files.readAllBytes(warc)[0] & 0xff);

        IngestResult result = Ingest.readAll(List.of(warc));

        assertEquals(List.of(), result.problems());
        assertEquals(expectedArticles(), result.articles());
    }

    @Test
    void readsTheSameArticlesFromAStreamOfAGzipWarcAsFromTheFile() throws IOException {
        Path warc = dir.resolve("CC-NEWS-20151007.warc.gz");
        write(warc, WarcCompression.GZIP, crawl());
        List<Article> articles = new java.util.ArrayList<>();
        List<IngestProblem> problems = new java.util.ArrayList<>();

        int count;
        try (java.io.InputStream in = Files.newInputStream(warc)) {
            count = Ingest.read("hdfs://namenode/news/CC-NEWS-20151007.warc.gz", in, articles::add, problems::add);
        }

        assertEquals(List.of(), problems);
        assertEquals(2, count);
        assertEquals(expectedArticles(), articles);
    }

    @Test
    void skipsAnOversizedPageWithOneProblemAndReadsTheNextRecord() throws IOException {
        byte[] huge = ("<html><body><p>" + "x ".repeat(Limits.MAX_PAGE_BYTES / 2 + 10) + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Path warc = dir.resolve("big.warc.gz");
        UUID hugeId = UUID.fromString("00000000-0000-4000-8000-0000000000ff");
        write(warc, WarcCompression.GZIP, List.of(
                response(hugeId, "https://big.example/page", CRAWLED, html(huge, "text/html")),
                response(SANAA, SANAA_URL, CRAWLED, sanaaPage())));

        IngestResult result = Ingest.readAll(List.of(warc));

        assertEquals(List.of("urn:uuid:" + SANAA), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(warc + ": record https://big.example/page urn:uuid:" + hugeId + ": page is larger than "
                + Limits.MAX_PAGE_BYTES + " bytes; skipped"), messages(result));
    }

    @Test
    void keepsTheRecordsBeforeATruncationAndReportsItOnce() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        write(whole, WarcCompression.GZIP, crawl());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 200));

        IngestResult result = Ingest.readAll(List.of(cut));

        assertEquals(List.of("urn:uuid:" + KUNDUZ), result.articles().stream().map(Article::id).toList());
        assertEquals(1, result.problems().size(), () -> messages(result).toString());
        assertTrue(result.problems().get(0).message().endsWith("; rest of the file skipped"), messages(result)::toString);
    }

    @Test
    void reportsAPlainWarcCutShortInItsLastRecord() throws IOException {
        Path whole = dir.resolve("whole.warc");
        write(whole, WarcCompression.NONE, crawl());
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 40));

        IngestResult result = Ingest.readAll(List.of(cut));

        assertEquals(List.of("urn:uuid:" + KUNDUZ), result.articles().stream().map(Article::id).toList());
        assertTrue(messages(result).get(0).startsWith(cut + ": record " + SANAA_URL + " urn:uuid:" + SANAA
                + ": cannot read the HTTP response: "), messages(result)::toString);
        assertTrue(messages(result).get(messages(result).size() - 1).endsWith(": invalid record trailer"),
                messages(result)::toString);
    }

    @Test
    void reportsFilesThatAreNotWarcArchivesAndReadsOn() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.warc"), "these are my notes, not an archive\n");
        Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
        Path good = dir.resolve("good.warc");
        write(good, WarcCompression.NONE, List.of(response(SANAA, SANAA_URL, CRAWLED, sanaaPage())));

        IngestResult result = Ingest.readAll(List.of(text, empty, good));

        assertEquals(1, result.articles().size());
        assertEquals(2, result.problems().size(), () -> messages(result).toString());
        assertTrue(messages(result).get(0).startsWith(text + ": not a WARC file: "), messages(result)::toString);
        assertEquals(empty + ": empty file", messages(result).get(1));
    }

    @Test
    void decodesPagesArchivedWithBrotliContentEncoding() throws IOException {
        // "<html><head><title>Brotli page</title></head><body><p>Shelling killed 6 people in Avdiivka,
        // officials said.</p></body></html>", compressed by libbrotlienc at quality 11
        byte[] brotli = {27, 124, 0, 64, -116, -109, 92, -3, 113, -109, 110, 46, 85, 67, -77, 25, 7, -90, 40, 88, -122,
                -126, 114, -114, -55, 35, 52, -27, -108, 3, -10, 86, 70, 89, 32, 5, 122, -48, -125, -101, -84, 100, 8, -116,
                96, -71, 78, 29, -94, 81, 43, 40, -53, -34, -4, -90, -24, -121, 29, 88, 83, -61, -30, 71, 56, 56, 14, 93,
                19, 0, -96, -4, -110, -68, 10, 66, 12, 11, 21, 31, -70, -56, 0};
        Path warc = dir.resolve("br.warc");
        write(warc, WarcCompression.NONE, List.of(response(SANAA, "https://br.example/avdiivka", CRAWLED,
                new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "br")
                        .body(MediaType.HTML_UTF8, brotli).build())));

        IngestResult result = Ingest.readAll(List.of(warc));

        assertEquals(List.of(), result.problems());
        assertEquals("Brotli page\n\nShelling killed 6 people in Avdiivka, officials said.",
                HtmlIngestTest.single(result).text());
    }

    @Test
    void reportsARecordWhoseHttpMessageIsBrokenAndReadsTheNext() throws IOException {
        Path warc = dir.resolve("broken.warc");
        UUID brokenId = UUID.fromString("00000000-0000-4000-8000-0000000000bb");
        WarcResponse broken = new WarcResponse.Builder(URI.create("https://broken.example/"))
                .recordId(brokenId).date(CRAWLED)
                .body(MediaType.HTTP_RESPONSE, "this is not HTTP at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .build();
        write(warc, WarcCompression.NONE, List.of(broken, response(SANAA, SANAA_URL, CRAWLED, sanaaPage())));

        IngestResult result = Ingest.readAll(List.of(warc));

        assertEquals(List.of("urn:uuid:" + SANAA), result.articles().stream().map(Article::id).toList());
        assertEquals(1, result.problems().size());
        assertTrue(messages(result).get(0).startsWith(warc + ": record https://broken.example/ urn:uuid:" + brokenId
                + ": cannot read the HTTP response: "), messages(result)::toString);
    }

    // --- the crawl --------------------------------------------------------------------------

    /**
     * warcinfo, request, response (HTML, windows-1252, dated by the page), metadata, response (JPEG),
     * response (404 HTML), response (301), response (gzip-encoded HTML without a date of its own).
     */
    private List<WarcRecord> crawl() throws IOException {
        return List.of(
                new Warcinfo.Builder().filename("crawl.warc").date(CRAWLED).build(),
                new WarcRequest.Builder(URI.create(KUNDUZ_URL)).date(CRAWLED)
                        .body(new HttpRequest.Builder("GET", "/2015/10/03/kunduz-hospital")
                                .addHeader("Host", "news.example").build()).build(),
                response(KUNDUZ, KUNDUZ_URL, CRAWLED, kunduzPage()),
                new WarcMetadata.Builder().targetURI(KUNDUZ_URL).date(CRAWLED)
                        .body(MediaType.WARC_FIELDS, "fetchTimeMs: 120\r\n".getBytes(StandardCharsets.UTF_8)).build(),
                response(UUID.randomUUID(), "https://news.example/img/kunduz.jpg", CRAWLED,
                        new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"),
                                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 16, 'J', 'F', 'I', 'F'}).build()),
                response(UUID.randomUUID(), "https://news.example/missing", CRAWLED,
                        new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8,
                                "<html><body><p>Page not found. 404 killed.</p></body></html>"
                                        .getBytes(StandardCharsets.UTF_8)).build()),
                response(UUID.randomUUID(), "http://news.example/old", CRAWLED,
                        new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", KUNDUZ_URL)
                                .body(MediaType.HTML, "<a href=\"/new\">moved</a>".getBytes(StandardCharsets.UTF_8))
                                .build()),
                response(SANAA, SANAA_URL, CRAWLED, sanaaPage()));
    }

    private static List<Article> expectedArticles() {
        return List.of(
                new Article("urn:uuid:" + KUNDUZ, KUNDUZ_URL, "News Example", LocalDate.of(2015, 10, 3),
                        "Air strike hits MSF hospital in Kunduz",
                        "Air strike hits MSF hospital in Kunduz\n\nAn air strike on the M\u00e9decins Sans Fronti\u00e8res "
                                + "hospital in Kunduz killed 22 people, including 12 staff.\n\n"
                                + "The charity called it a grave breach of international humanitarian law."),
                new Article("urn:uuid:" + SANAA, SANAA_URL, null, LocalDate.of(2015, 10, 7), "Wedding party hit near Sanaa",
                        "Wedding party hit near Sanaa\n\nAt least 13 people were killed when an air strike hit a wedding "
                                + "party near Sanaa, medics said."));
    }

    private static HttpResponse kunduzPage() {
        String page = "<html><head><title>Air strike hits MSF hospital in Kunduz</title>"
                + "<meta property=\"og:site_name\" content=\"News Example\">"
                + "<meta property=\"article:published_time\" content=\"2015-10-03T08:00:00+04:30\"></head><body>"
                + "<nav><a href=\"/a\">5 killed in Helmand</a></nav><article>"
                + "<p>An air strike on the M\u00e9decins Sans Fronti\u00e8res hospital in Kunduz killed 22 people, "
                + "including 12 staff.</p><p>The charity called it a grave breach of international humanitarian law.</p>"
                + "</article><aside><p>Most read: 40 dead in Yemen</p></aside></body></html>";
        return html(page.getBytes(Charset.forName("windows-1252")), "text/html; charset=windows-1252");
    }

    private static HttpResponse sanaaPage() throws IOException {
        String page = "<!doctype html><html><head><title>Wedding party hit near Sanaa</title></head><body><main>"
                + "<p>At least 13 people were killed when an air strike hit a wedding party near Sanaa, medics said.</p>"
                + "</main></body></html>";
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(page.getBytes(StandardCharsets.UTF_8));
        }
        return new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html"), gzipped.toByteArray()).build();
    }

    private static HttpResponse html(byte[] body, String contentType) {
        return new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    }

    private static WarcResponse response(UUID id, String url, Instant date, HttpResponse http) throws IOException {
        return new WarcResponse.Builder(URI.create(url)).recordId(id).date(date).body(http).build();
    }

    private static void write(Path file, WarcCompression compression, List<WarcRecord> records) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
            for (WarcRecord record : records) {
                writer.write(record);
            }
        }
    }

    @Test
    void neverPutsSkippedRecordsTextIntoArticles() throws IOException {
        Path warc = dir.resolve("mixed.warc");
        write(warc, WarcCompression.NONE, crawl());

        IngestResult result = Ingest.readAll(List.of(warc));

        assertAll(result.articles().stream().map(a -> () -> {
            assertFalse(a.text().contains("404"), a::text);
            assertFalse(a.text().contains("Helmand"), a::text);
            assertFalse(a.text().contains("Yemen"), a::text);
            assertFalse(a.text().contains("moved"), a::text);
        }));
    }
}
