package org.conflictledger.ingest;

import static org.conflictledger.ingest.HtmlIngestTest.messages;
import static org.conflictledger.ingest.HtmlIngestTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIngestTest {
    @TempDir
    Path dir;

    @Test
    void turnsEachRssItemIntoAnArticleWithTitleDateLinkAndCleanedContent() throws Exception {
        Path feed = resource("world-news.rss");

        IngestResult result = Ingest.readAll(List.of(feed));

        List<Article> articles = result.articles();
        assertEquals(3, articles.size(), () -> messages(result).toString());
        assertEquals(new Article("dailylevant-48213", "https://dailylevant.example/world/2015/11/18/raqqa-air-strikes",
                "The Daily Levant \u2013 World", LocalDate.of(2015, 11, 18), "Air strikes kill 33 militants in Raqqa",
                "Air strikes kill 33 militants in Raqqa\n\n"
                        + "At least 33 Islamic State militants have been killed in air strikes on Raqqa since Sunday, "
                        + "the Syrian Observatory for Human Rights said.\n\n"
                        + "The monitoring group said 12 of the dead were foreign fighters."), articles.get(0));
        // no guid: the link is the id; the description's HTML is stripped and its link-only line dropped
        assertEquals(new Article("https://dailylevant.example/world/2015/11/17/homs",
                "https://dailylevant.example/world/2015/11/17/homs", "The Daily Levant \u2013 World",
                LocalDate.of(2015, 11, 17), "Car bomb & mortar fire kill 9 in Homs",
                "Car bomb & mortar fire kill 9 in Homs\n\nA car bomb killed 9 people in Homs on Tuesday, state media said."),
                articles.get(1));
        // neither guid nor link: file stem and position
        assertEquals(new Article("world-news-3", null, "The Daily Levant \u2013 World", null,
                "Briefing: the week in Syria", "Briefing: the week in Syria"), articles.get(2));
        assertEquals(List.of(
                feed + ": item 3: no description or content; article holds only its title",
                feed + ": item 4: no title, description or content; skipped"), messages(result));
    }

    @Test
    void keepsThePublishersDayRatherThanTheUtcDay() throws Exception {
        // 00:30 at +03:00 on the 18th is the 17th in UTC; 23:50 at -01:00 on the 28th is the 29th
        IngestResult result = Ingest.readAll(List.of(resource("world-news.rss"), resource("conflict-updates.atom")));

        assertEquals(LocalDate.of(2015, 11, 18), result.articles().get(0).published());
        assertEquals(LocalDate.of(2016, 4, 28), result.articles().get(3).published());
    }

    @Test
    void turnsEachAtomEntryIntoAnArticle() throws Exception {
        Path feed = resource("conflict-updates.atom");

        IngestResult result = Ingest.readAll(List.of(feed));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(
                new Article("tag:monitor.example,2016:aleppo-hospital", "https://monitor.example/2016/04/28/aleppo-hospital",
                        "Levant Monitor", LocalDate.of(2016, 4, 28), "Aleppo hospital strike: at least 27 dead",
                        "Aleppo hospital strike: at least 27 dead\n\nAn air strike on the al-Quds hospital in Aleppo "
                                + "killed at least 27 people, including 3 doctors, MSF said.\n\n"
                                + "Rescue workers were still searching the rubble on Friday."),
                new Article("tag:monitor.example,2016:damascus-mortars", "https://monitor.example/2016/04/27/damascus",
                        "Levant Monitor", LocalDate.of(2016, 4, 27), "Mortar fire on Damascus",
                        "Mortar fire on Damascus\n\nMortar rounds killed 4 civilians in Damascus.")),
                result.articles());
    }

    @Test
    void readsXmlFilesOnlyWhenTheirRootIsAFeed() throws IOException {
        Path sitemap = TestFiles.write(dir, "sitemap.xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\"><url><loc>https://x.example/</loc></url></urlset>");
        Path rss = TestFiles.write(dir, "feed.xml", "<rss version=\"2.0\"><channel><title>C</title><item><title>T</title>"
                + "<description>Two killed.</description><guid>g1</guid></item></channel></rss>");

        IngestResult result = Ingest.readAll(List.of(sitemap, rss));

        assertEquals(List.of("g1"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(sitemap + ": not an RSS or Atom feed: the root element is <urlset>; skipped"),
                messages(result));
    }

    @Test
    void reportsMalformedBinaryAndEmptyFeedsOnceEachAndReadsOn() throws IOException {
        Path truncated = TestFiles.write(dir, "cut.rss", "<rss version=\"2.0\"><channel><title>C</title><item><title>T");
        Path binary = TestFiles.writeBytes(dir, "bin.atom", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
        Path empty = TestFiles.write(dir, "empty.rss", "");
        Path noItems = TestFiles.write(dir, "quiet.rss", "<rss version=\"2.0\"><channel><title>C</title></channel></rss>");
        Path good = TestFiles.write(dir, "good.rss", "<rss version=\"2.0\"><channel><title>C</title><item><title>T</title>"
                + "<description>Two killed.</description></item></channel></rss>");

        IngestResult result = Ingest.readAll(List.of(truncated, binary, empty, noItems, good));

        assertEquals(List.of("good-1"), result.articles().stream().map(Article::id).toList());
        assertEquals(4, result.problems().size(), () -> messages(result).toString());
        assertTrue(messages(result).get(0).startsWith(truncated + ": not well-formed XML: "), messages(result)::toString);
        assertEquals(List.of(binary + ": binary file; skipped", empty + ": empty file", noItems + ": feed has no items"),
                messages(result).subList(1, 4));
    }

    @Test
    void skipsAFeedOverTheSizeLimitWithOneProblem() throws IOException {
        Path big = dir.resolve("big.rss");
        try (java.io.OutputStream out = Files.newOutputStream(big)) {
            out.write("<rss version=\"2.0\"><channel><title>C</title>".getBytes(StandardCharsets.UTF_8));
            byte[] item = "<item><title>T</title><description>Two killed.</description></item>\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Limits.MAX_FEED_BYTES; written += item.length) {
                out.write(item);
            }
            out.write("</channel></rss>".getBytes(StandardCharsets.UTF_8));
        }
        Path good = TestFiles.write(dir, "good.rss", "<rss version=\"2.0\"><channel><title>C</title><item><title>T</title>"
                + "<description>Two killed.</description></item></channel></rss>");

        IngestResult result = Ingest.readAll(List.of(big, good));

        assertEquals(List.of("good-1"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(big + ": feed is larger than " + Limits.MAX_FEED_BYTES + " bytes; skipped"),
                messages(result));
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() throws IOException {
        Path secret = TestFiles.write(dir, "secret.txt", "classified casualty list");
        Path feed = TestFiles.write(dir, "xxe.rss", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><rss version=\"2.0\"><channel><title>C</title><item><title>&x;</title>"
                + "<description>d</description></item></channel></rss>");

        IngestResult result = Ingest.readAll(List.of(feed));

        assertEquals(List.of(), result.articles());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().startsWith("not well-formed XML: "), messages(result)::toString);
    }


}
