package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random, truncated and pathological markup: reading never throws, and what it keeps is well formed. */
class WebInputFuzzTest {
    private static final String[] TAGS = {"html", "head", "body", "p", "div", "article", "main", "nav", "aside",
            "script", "style", "a", "br", "table", "tr", "td", "ul", "li", "h1", "time", "meta", "title", "form",
            "header", "footer", "pre", "span", "svg", "template", "noscript", "iframe", "b", "i", "figure"};
    private static final String[] ATTRS = {"class=\"share\"", "class=\"story-body\"", "id=\"related\"", "hidden",
            "href=\"/x\"", "datetime=\"2015-13-45\"", "datetime=\"2015-11-18\"", "property=\"og:title\"",
            "content=\"", "charset=\"x-unknown\"", "type=\"application/ld+json\"", "style=\"display:none\"",
            "itemprop=\"articleBody\"", "role=\"navigation\""};
    private static final String[] WORDS = {"At least", "33", "killed", "Read more:", "Related:", "&amp;", "&#x0;",
            "&nbsp;", "<!--", "-->", "<![CDATA[", "]]>", "{\"@type\":\"NewsArticle\",\"datePublished\":", "\u00e9",
            "\uFFFD", "\n", "\n\n", "\t", "<", ">", "\"", "'", "Sign up for our newsletter", "powered by GlobalData"};

    @TempDir
    Path dir;

    @Test
    void neverThrowsOnRandomTruncatedOrDeeplyNestedHtml() throws Exception {
        Random random = new Random(20151118);
        byte[] page = Files.readAllBytes(HtmlIngestTest.resource("news-page.html"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            files.add(TestFiles.writeBytes(dir, "truncated-" + i + ".html", java.util.Arrays.copyOf(page, random.nextInt(page.length))));
        }
        for (int i = 0; i < 80; i++) {
            files.add(TestFiles.writeBytes(dir, "soup-" + i + ".html", tagSoup(random).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            files.add(TestFiles.writeBytes(dir, "noise-" + i + (i % 2 == 0 ? ".htm" : ".html"), bytes));
        }
        files.add(TestFiles.writeBytes(dir, "deep-divs.html", ("<div>".repeat(20_000) + "<p>Deep 1 killed.</p>")
                .getBytes(StandardCharsets.UTF_8)));
        files.add(TestFiles.writeBytes(dir, "deep-tables.html", ("<table><tr><td>".repeat(3_000) + "text")
                .getBytes(StandardCharsets.UTF_8)));
        files.add(TestFiles.writeBytes(dir, "unclosed.html", "<html><head><title>T<script>var a = '</p>".getBytes(StandardCharsets.UTF_8)));

        IngestResult result = Ingest.readAll(files);

        assertWellFormed(result);
    }

    @Test
    void neverThrowsOnRandomOrTruncatedFeeds() throws Exception {
        Random random = new Random(42);
        List<Path> files = new ArrayList<>();
        for (String name : List.of("world-news.rss", "conflict-updates.atom")) {
            byte[] feed = Files.readAllBytes(HtmlIngestTest.resource(name));
            for (int i = 0; i < 30; i++) {
                files.add(TestFiles.writeBytes(dir, "cut-" + i + "-" + name, java.util.Arrays.copyOf(feed, random.nextInt(feed.length))));
            }
        }
        for (int i = 0; i < 30; i++) {
            String soup = "<rss version=\"2.0\"><channel><item><description>" + tagSoup(random)
                    .replace("<", "&lt;") + "</description><title>" + i + "</title></item></channel></rss>";
            files.add(TestFiles.writeBytes(dir, "soup-" + i + ".xml", soup.getBytes(StandardCharsets.UTF_8)));
        }

        IngestResult result = Ingest.readAll(files);

        assertWellFormed(result);
    }

    private static void assertWellFormed(IngestResult result) {
        assertEquals(result.articles().size(), result.articles().stream().map(Article::id).distinct().count());
        for (Article article : result.articles()) {
            assertFalse(article.text().isBlank(), article::id);
            assertFalse(article.text().contains("\n\n\n"), article::text);
        }
        result.problems().forEach(p -> assertFalse(p.message().isBlank()));
    }

    private static String tagSoup(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.append('<').append(TAGS[random.nextInt(TAGS.length)]).append(' ')
                        .append(ATTRS[random.nextInt(ATTRS.length)]).append(random.nextBoolean() ? ">" : "");
                case 1 -> out.append("</").append(TAGS[random.nextInt(TAGS.length)]).append('>');
                default -> out.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
        }
        return out.toString();
    }

}
