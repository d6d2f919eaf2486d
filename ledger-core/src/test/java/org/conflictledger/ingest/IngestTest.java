package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    /** The shared folder beside the repository (Maven sets ledger.shared); tests that need it skip without it. */
    private static final Path SHARED = Path.of(System.getProperty("ledger.shared", "../../shared"));
    private static final Path SEEDS = SHARED.resolve("seeds");
    private static final Path GOLD_DEV = SHARED.resolve("gold/dev");

    @TempDir
    Path dir;

    // --- .txt -------------------------------------------------------------------------------

    @Test
    void readsTxtFileAsOneArticleWhoseTextIsTheWholeFile() throws IOException {
        Path file = TestFiles.write(dir, "raqqa-strike.txt", "\n  33 ISIS fighters killed  \n\nAt least 33 were killed.\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.problems());
        Article article = single(result);
        assertAll(
                () -> assertEquals("raqqa-strike", article.id()),
                () -> assertEquals("33 ISIS fighters killed", article.title()),
                () -> assertEquals("\n  33 ISIS fighters killed  \n\nAt least 33 were killed.\n", article.text()),
                () -> assertNull(article.published()),
                () -> assertNull(article.url()),
                () -> assertNull(article.outlet()));
    }

    @Test
    void normalisesCrlfToLfInTxt() throws IOException {
        Path file = TestFiles.write(dir, "a.TXT", "Title\r\n\r\nBody line\r\nlast");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("Title\n\nBody line\nlast", article.text());
        assertEquals("Title", article.title());
        assertEquals("a", article.id());
    }

    @Test
    void stripsUtf8ByteOrderMarkFromTxt() throws IOException {
        Path file = TestFiles.writeBytes(dir, "bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Headline\nBody".getBytes(StandardCharsets.UTF_8)));

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("Headline\nBody", article.text());
        assertEquals("Headline", article.title());
    }

    @Test
    void replacesMalformedUtf8InsteadOfFailing() throws IOException {
        Path file = TestFiles.writeBytes(dir, "bad.txt", concat("Title\nbad ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}));

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.problems());
        assertTrue(single(result).text().contains("\uFFFD"));
    }

    @Test
    void reportsBinaryTxtAndSkipsIt() throws IOException {
        Path file = TestFiles.writeBytes(dir, "image.txt", new byte[] {'G', 'I', 'F', 0, 1, 2, 3});

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.articles());
        assertEquals(List.of(file + ": binary file; skipped"), messages(result));
    }

    @Test
    void reportsEmptyFilesOfEveryFormat() throws IOException {
        Path txt = TestFiles.write(dir, "empty.txt", "");
        Path blank = TestFiles.write(dir, "blank.txt", " \n\n\t\n");
        Path jsonl = TestFiles.write(dir, "empty.jsonl", "\n\n");
        Path json = TestFiles.write(dir, "empty.json", "");

        IngestResult result = Ingest.readAll(List.of(txt, blank, jsonl, json));

        assertEquals(List.of(), result.articles());
        assertEquals(List.of(txt + ": empty file", blank + ": empty file", jsonl + ": empty file",
                json + ": empty file"), messages(result));
    }

    @Test
    void skipsTxtOverFiveMillionCharacters() throws IOException {
        Path atLimit = TestFiles.write(dir, "at-limit.txt", "T\n" + "x".repeat(Limits.MAX_TEXT_CHARS - 2));
        Path over = TestFiles.write(dir, "over.txt", "T\n" + "x".repeat(Limits.MAX_TEXT_CHARS - 1));
        Path farOver = TestFiles.write(dir, "far-over.txt", "x".repeat(Limits.MAX_TXT_BYTES + 10));

        IngestResult result = Ingest.readAll(List.of(atLimit, over, farOver));

        assertEquals(List.of("at-limit"), ids(result));
        assertEquals(Limits.MAX_TEXT_CHARS, result.articles().get(0).text().length());
        assertEquals(2, result.problems().size());
        assertEquals(over.toString(), result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().contains("5000001 characters"), messages(result)::toString);
        assertEquals(farOver.toString(), result.problems().get(1).file());
    }

    // --- .jsonl -----------------------------------------------------------------------------

    @Test
    void readsJsonlArticlesIgnoringExtraFields() throws IOException {
        Path file = TestFiles.write(dir, "batch.jsonl", String.join("\n",
                "{\"id\":\"a1\",\"url\":\"https://x.org/1\",\"outlet\":\"Reuters\",\"published\":\"2015-11-18\","
                        + "\"title\":\"T1\",\"text\":\"Text one\",\"incidents\":[{\"incident_id\":\"i\"}]}",
                "{\"id\":\"a2\",\"published\":\"2016-04-28T09:30:00Z\",\"text\":\"Text two\"}",
                ""));

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new Article("a1", "https://x.org/1", "Reuters", LocalDate.of(2015, 11, 18), "T1", "Text one"),
                new Article("a2", null, null, LocalDate.of(2016, 4, 28), null, "Text two")), result.articles());
    }

    @Test
    void derivesMissingJsonlIdFromFileStemAndLineNumber() throws IOException {
        Path file = TestFiles.write(dir, "feed.jsonl", "\n{\"text\":\"one\"}\n\n{\"id\":\"  \",\"text\":\"two\"}\n");

        assertEquals(List.of("feed-2", "feed-4"), ids(Ingest.readAll(List.of(file))));
    }

    @Test
    void keepsLinesAroundABadJsonlLineAndNamesFileAndLine() throws IOException {
        Path file = TestFiles.write(dir, "mixed.jsonl", String.join("\n",
                "{\"id\":\"before\",\"text\":\"ok\"}",
                "{\"id\":\"broken\",\"text\":",
                "{\"id\":\"after\",\"text\":\"ok\"}"));

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("before", "after"), ids(result));
        assertEquals(1, result.problems().size());
        IngestProblem problem = result.problems().get(0);
        assertEquals(file.toString(), problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("invalid JSON"), problem::toString);
        assertTrue(problem.toString().startsWith(file + ":2: invalid JSON"), problem::toString);
    }

    @Test
    void reportsMissingBlankAndNonStringTextLineByLine() throws IOException {
        Path file = TestFiles.write(dir, "text.jsonl", String.join("\r\n",
                "{\"id\":\"a\"}",
                "{\"id\":\"b\",\"text\":\"   \"}",
                "{\"id\":\"c\",\"text\":42}",
                "{\"id\":\"d\",\"text\":null}",
                "{\"id\":\"e\",\"text\":\"fine\"}"));

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("e"), ids(result));
        assertEquals(List.of(
                file + ":1: missing \"text\"; article skipped",
                file + ":2: \"text\" is blank; article skipped",
                file + ":3: \"text\" is a number, not a string; article skipped",
                file + ":4: missing \"text\"; article skipped"), messages(result));
    }

    @Test
    void reportsJsonlLinesThatAreNotObjects() throws IOException {
        Path file = TestFiles.write(dir, "values.jsonl", "[1,2]\n\"text\"\n{\"text\":\"x\"} trailing\n{\"text\":\"kept\"}\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("values-4"), ids(result));
        assertEquals(List.of(1, 2, 3), result.problems().stream().map(IngestProblem::line).toList());
        assertEquals("expected a JSON object, found an array", result.problems().get(0).message());
        assertEquals("expected a JSON object, found a string", result.problems().get(1).message());
        assertTrue(result.problems().get(2).message().startsWith("invalid JSON"));
    }

    @Test
    void keepsArticleWithInvalidDateWithoutDateAndReportsIt() throws IOException {
        Path file = TestFiles.write(dir, "dates.jsonl", String.join("\n",
                "{\"id\":\"a\",\"published\":\"18/11/2015\",\"text\":\"t\"}",
                "{\"id\":\"b\",\"published\":\"2015-02-30\",\"text\":\"t\"}",
                "{\"id\":\"c\",\"published\":20151118,\"text\":\"t\"}",
                "{\"id\":\"d\",\"published\":\"2015-11-18 10:00\",\"text\":\"t\"}",
                "{\"id\":\"e\",\"published\":null,\"text\":\"t\"}"));

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("a", "b", "c", "d", "e"), ids(result));
        assertEquals(Arrays.asList(null, null, null, LocalDate.of(2015, 11, 18), null),
                result.articles().stream().map(Article::published).toList());
        assertEquals(List.of(1, 2, 3), result.problems().stream().map(IngestProblem::line).toList());
        assertEquals("\"published\" is not an ISO date: \"18/11/2015\"; article kept without a date",
                result.problems().get(0).message());
    }

    @Test
    void ignoresNonStringOptionalFieldsWithAWarning() throws IOException {
        Path file = TestFiles.write(dir, "fields.jsonl", "{\"id\":7,\"url\":[\"u\"],\"outlet\":{},\"title\":true,\"text\":\"t\"}\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(new Article("7", null, null, null, null, "t"), single(result));
        assertEquals(3, result.problems().size());
        assertEquals("\"url\" is an array, not a string; ignored", result.problems().get(0).message());
    }

    @Test
    void skipsJsonlTextOverFiveMillionCharacters() throws IOException {
        Path file = TestFiles.write(dir, "long.jsonl", "{\"id\":\"big\",\"text\":\"" + "x".repeat(Limits.MAX_TEXT_CHARS + 1)
                + "\"}\n{\"id\":\"small\",\"text\":\"x\"}\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("small"), ids(result));
        assertEquals(List.of(file + ":1: " + ArticleJson.tooLong(Limits.MAX_TEXT_CHARS + 1L)), messages(result));
    }

    @Test
    void skipsJsonlLineOverTwentyMegabytesAndReadsOn() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"first\",\"text\":\"a\"}\n{\"id\":\"huge\",\"pad\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 21; i++) {
                out.write(chunk);
            }
            out.write("\",\"text\":\"b\"}\n{\"id\":\"last\",\"text\":\"c\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("first", "last"), ids(result));
        assertEquals(List.of(file + ":2: line is longer than " + Limits.MAX_JSON_BYTES + " bytes; skipped"),
                messages(result));
    }

    @Test
    void capsProblemsPerFileAndCountsTheRest() throws IOException {
        int bad = Limits.MAX_PROBLEMS_PER_FILE + 5;
        Path file = TestFiles.write(dir, "noise.jsonl", "not json\n".repeat(bad) + "{\"text\":\"survivor\"}\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of("noise-" + (bad + 1)), ids(result));
        assertEquals(Limits.MAX_PROBLEMS_PER_FILE + 1, result.problems().size());
        assertEquals(file + ": 5 more problems in this file were not reported",
                result.problems().get(result.problems().size() - 1).toString());
    }

    // --- .json ------------------------------------------------------------------------------

    @Test
    void readsJsonFileAsOneArticleIgnoringIncidents() throws IOException {
        Path file = TestFiles.write(dir, "gold-1.json", "\uFEFF{\n  \"id\": \"g1\",\n  \"published\": \"2015-10-03\",\n"
                + "  \"title\": \"Headline\",\n  \"text\": \"Headline\\n\\nBody\",\n"
                + "  \"incidents\": [{\"incident_id\": \"x\", \"claims\": []}]\n}\n");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.problems());
        assertEquals(new Article("g1", null, null, LocalDate.of(2015, 10, 3), "Headline", "Headline\n\nBody"),
                single(result));
    }

    @Test
    void namesLineAndColumnOfInvalidJsonFile() throws IOException {
        Path file = TestFiles.write(dir, "broken.json", "{\n  \"id\": \"x\",\n  \"text\": oops\n}");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.articles());
        IngestProblem problem = result.problems().get(0);
        assertEquals(0, problem.line());
        assertTrue(problem.message().startsWith("invalid JSON at line 3, column"), problem::toString);
    }

    @Test
    void usesFileStemForJsonFileWithoutId() throws IOException {
        Path file = TestFiles.write(dir, "no-id.json", "{\"text\":\"t\"}");

        assertEquals(List.of("no-id"), ids(Ingest.readAll(List.of(file))));
    }

    // --- paths ------------------------------------------------------------------------------

    @Test
    void walksDirectoriesRecursivelyInSortedPathOrder() throws IOException {
        TestFiles.write(dir, "b/2.txt", "B2");
        TestFiles.write(dir, "b/1.json", "{\"id\":\"b1\",\"text\":\"B1\"}");
        TestFiles.write(dir, "a/z/deep.jsonl", "{\"id\":\"deep\",\"text\":\"D\"}\n");
        TestFiles.write(dir, "a.txt", "A");
        TestFiles.write(dir, "c.JSONL", "{\"id\":\"c\",\"text\":\"C\"}");
        TestFiles.write(dir, "notes.md", "ignored");
        TestFiles.write(dir, "data.csv", "ignored");
        TestFiles.write(dir, ".hidden.txt", "ignored");
        TestFiles.write(dir, ".git/x.txt", "ignored");

        IngestResult result = Ingest.readAll(List.of(dir));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("a", "deep", "b1", "2", "c"), ids(result));
    }

    @Test
    void readsPathsInTheOrderGiven() throws IOException {
        Path second = TestFiles.write(dir, "second.txt", "2");
        Path first = TestFiles.write(dir, "first.txt", "1");

        assertEquals(List.of("second", "first"), ids(Ingest.readAll(List.of(second, first))));
    }

    @Test
    void reportsNonexistentPathAndReadsTheOthers() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Path present = TestFiles.write(dir, "present.txt", "here");

        IngestResult result = Ingest.readAll(List.of(missing, present));

        assertEquals(List.of("present"), ids(result));
        assertEquals(List.of(missing + ": no such file or directory"), messages(result));
    }

    @Test
    void reportsUnreadableFile() throws IOException {
        Path file = TestFiles.write(dir, "secret.txt", "classified");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no POSIX permissions here");
        }
        assumeTrue(!Files.isReadable(file), "running as a user who can read anything (root)");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.articles());
        assertEquals(1, result.problems().size());
        assertEquals(file.toString(), result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().contains("permission denied"));
    }

    @Test
    void reportsExplicitFileOfUnsupportedType() throws IOException {
        Path file = TestFiles.write(dir, "slides.pdf", "%PDF-1.4");

        IngestResult result = Ingest.readAll(List.of(file));

        assertEquals(List.of(), result.articles());
        assertEquals(List.of(file + ": unsupported file type; expected .txt, .jsonl, .json, .html, .htm, .rss, "
                + ".atom, .xml, .warc, .warc.gz or a directory"), messages(result));
    }

    @Test
    void renamesDuplicateIdsWithinARunAndWarns() throws IOException {
        Path jsonl = TestFiles.write(dir, "dup.jsonl", "{\"id\":\"x\",\"text\":\"1\"}\n{\"id\":\"x\",\"text\":\"2\"}\n");
        Path txt = TestFiles.write(dir, "x.txt", "3");

        IngestResult result = Ingest.readAll(List.of(jsonl, txt));

        assertEquals(List.of("x", "x#2", "x#3"), ids(result));
        assertEquals(List.of("1", "2", "3"), result.articles().stream().map(Article::text).toList());
        assertEquals(List.of(
                jsonl + ":2: duplicate id \"x\"; renamed to \"x#2\"",
                txt + ": duplicate id \"x\"; renamed to \"x#3\""), messages(result));
    }

    @Test
    void handsArticlesAndProblemsOnAsTheyAreRead() throws IOException {
        Path file = TestFiles.write(dir, "stream.jsonl", "{\"text\":\"a\"}\nbad\n{\"text\":\"b\"}\n");
        List<String> events = new ArrayList<>();

        int count = Ingest.read(List.of(file), a -> events.add("article " + a.id()),
                p -> events.add("problem " + p.line()));

        assertEquals(2, count);
        assertEquals(List.of("article stream-1", "problem 2", "article stream-3"), events);
    }

    @Test
    void neverThrowsOnRandomBytes() throws IOException {
        Random random = new Random(20151118);
        List<Path> files = new ArrayList<>();
        String[] extensions = {".txt", ".jsonl", ".json"};
        String alphabet = "{}[]\":,\n\r tex0123\\u\u00e9";
        for (int i = 0; i < 60; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) alphabet.charAt(Math.floorMod(bytes[j], alphabet.length()));
                }
            }
            files.add(TestFiles.writeBytes(dir, "fuzz" + i + extensions[i % 3], bytes));
        }

        IngestResult result = Ingest.readAll(files);

        assertEquals(result.articles().size(), result.articles().stream().map(Article::id).distinct().count());
        result.problems().forEach(p -> assertNotNull(p.message()));
    }

    @Test
    void rejectsNullArgumentsNamingThem() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Ingest.read(List.of(dir), null, p -> { }));
        assertEquals("articles", e.getMessage());
        assertThrows(NullPointerException.class, () -> Ingest.readAll(null));
    }

    @Test
    void formatsProblemsLikeACompiler() {
        assertEquals("a.jsonl:3: bad", new IngestProblem("a.jsonl", 3, "bad").toString());
        assertEquals("a.txt: bad", new IngestProblem("a.txt", 0, "bad").toString());
        assertThrows(IllegalArgumentException.class, () -> new IngestProblem("a", -1, "bad"));
    }

    // --- the project's real data ------------------------------------------------------------

    @Test
    void readsSeedArticlesWithTheirFirstLineAsTitle() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "no seeds at " + SEEDS);

        IngestResult result = Ingest.readAll(List.of(SEEDS));

        assertEquals(List.of(), result.problems());
        assertEquals(4, result.articles().size());
        for (Article article : result.articles()) {
            assertEquals(article.text().lines().findFirst().orElseThrow().strip(), article.title());
            Path source = SEEDS.resolve(article.id() + ".txt");
            assertEquals(Files.readString(source).replace("\r\n", "\n"), article.text());
        }
    }

    @Test
    void readsGoldDevArticlesWithoutProblems() throws IOException {
        assumeTrue(Files.isDirectory(GOLD_DEV), "no gold set at " + GOLD_DEV);

        IngestResult result = Ingest.readAll(List.of(GOLD_DEV));

        assertEquals(List.of(), result.problems());
        assertEquals(49, result.articles().size());
        try (Stream<Path> files = Files.list(GOLD_DEV)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".json")).map(f -> Format.stem(f)).sorted()
                    .collect(Collectors.toList()), ids(result));
        }
        for (Article article : result.articles()) {
            String published = org.conflictledger.model.Json.mapper()
                    .readTree(GOLD_DEV.resolve(article.id() + ".json").toFile()).path("published").asText(null);
            assertEquals(published == null ? null : LocalDate.parse(published), article.published(), article.id());
        }
        assertTrue(result.articles().stream().filter(a -> a.published() != null).count() > 0);
    }

    // --- helpers ----------------------------------------------------------------------------



    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Article single(IngestResult result) {
        assertEquals(1, result.articles().size(), () -> "articles: " + ids(result) + ", problems: " + messages(result));
        return result.articles().get(0);
    }

    private static List<String> ids(IngestResult result) {
        return result.articles().stream().map(Article::id).toList();
    }

    private static List<String> messages(IngestResult result) {
        return result.problems().stream().map(IngestProblem::toString).toList();
    }
}
