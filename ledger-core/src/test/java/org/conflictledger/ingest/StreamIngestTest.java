package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Ingest#read(String, InputStream, java.util.function.Consumer, java.util.function.Consumer)}. */
class StreamIngestTest {
    private static final String JSONL = """
            {"id": "a1", "published": "2015-11-18", "title": "Raqqa", "text": "At least 33 were killed."}
            {"title": "no id", "text": "Two were wounded."}
            not json
            {"id": "a1", "text": "Same id again."}
            """;

    @TempDir
    Path dir;

    private record Read(int count, List<Article> articles, List<IngestProblem> problems) {
    }

    private static Read read(String name, InputStream in) {
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        int count = Ingest.read(name, in, articles::add, problems::add);
        return new Read(count, articles, problems);
    }

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAJsonlStreamAsTheSameFileOnDiskWithProblemsNamingTheStream() throws IOException {
        Path file = TestFiles.write(dir, "news.jsonl", JSONL);
        IngestResult fromDisk = Ingest.readAll(List.of(file));

        Read fromStream = read("s3a://bucket/2015/news.jsonl", utf8(JSONL));

        assertAll(
                () -> assertEquals(fromDisk.articles(), fromStream.articles()),
                () -> assertEquals(3, fromStream.count()),
                () -> assertEquals(List.of("a1", "news-2", "a1#2"),
                        fromStream.articles().stream().map(Article::id).toList()),
                () -> assertEquals(fromDisk.problems().stream().map(p -> p.line() + ": " + p.message()).toList(),
                        fromStream.problems().stream().map(p -> p.line() + ": " + p.message()).toList()),
                () -> assertTrue(fromStream.problems().stream()
                        .allMatch(p -> p.file().equals("s3a://bucket/2015/news.jsonl"))));
    }

    @Test
    void takesAOneArticleFilesIdFromTheLastSegmentOfTheName() {
        Read json = read("hdfs://nn:8020/gold/dev/042-raqqa.json", utf8("{\"text\": \"Five were killed.\"}"));
        Read txt = read("file:///data/Kunduz%20strike.TXT", utf8("Kunduz strike\n\n22 killed."));

        assertAll(
                () -> assertEquals(List.of(), json.problems()),
                () -> assertEquals("042-raqqa", json.articles().get(0).id()),
                () -> assertEquals("Kunduz%20strike", txt.articles().get(0).id()),
                () -> assertEquals("Kunduz strike", txt.articles().get(0).title()));
    }

    @Test
    void reportsAnUnsupportedExtensionWithoutReadingTheStream() {
        InputStream in = utf8("{\"text\": \"x\"}");

        Read result = read("hdfs://nn/data/articles.parquet", in);

        assertAll(
                () -> assertEquals(0, result.count()),
                () -> assertEquals(List.of(), result.articles()),
                () -> assertEquals(1, result.problems().size()),
                () -> assertTrue(result.problems().get(0).message().startsWith("unsupported file type"),
                        result.problems()::toString));
    }

    @Test
    void supportsTheExtensionsADirectoryWalkReads() {
        assertAll(
                () -> assertTrue(Ingest.supports("hdfs://nn/crawl/CC-NEWS-20151007.warc.gz")),
                () -> assertTrue(Ingest.supports("news.JSONL")),
                () -> assertTrue(Ingest.supports("s3a://b/feeds/world.rss")),
                () -> assertFalse(Ingest.supports("hdfs://nn/out/_SUCCESS")),
                () -> assertFalse(Ingest.supports("hdfs://nn/data.jsonl/part-00000")));
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(JSONL.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        read("news.jsonl", in);

        assertFalse(closed[0]);
    }

    @Test
    void turnsAStreamThatFailsMidwayIntoAProblemAfterTheArticlesReadBeforeIt() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3000; i++) {
            lines.append("{\"id\": \"a").append(i).append("\", \"text\": \"One killed.\"}\n");
        }
        byte[] head = lines.append("{\"id\": \"cut").toString().getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next < head.length) {
                    return head[next++];
                }
                throw new IOException("connection reset by datanode");
            }
        };

        Read result = read("hdfs://nn/news.jsonl", failing);

        assertAll(
                () -> assertEquals(java.util.stream.IntStream.rangeClosed(1, 3000).mapToObj(i -> "a" + i).toList(),
                        result.articles().stream().map(Article::id).toList()),
                () -> assertEquals(1, result.problems().size()),
                () -> assertTrue(result.problems().get(0).message().contains("connection reset by datanode"),
                        result.problems()::toString));
    }

    @Test
    void rejectsMissingArgumentsNamingThem() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Ingest.read("a.jsonl", null, a -> { }, p -> { }));
        assertEquals("in", e.getMessage());
        assertFalse(Files.exists(dir.resolve("a.jsonl")));
    }
}
