package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlIngestTest {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    @TempDir
    Path dir;

    // --- the news page ----------------------------------------------------------------------

    @Test
    void keepsTheArticlesOwnFiguresAndNoneFromMenusScriptsAsidesRelatedLinksOrAds() throws Exception {
        Article article = single(Ingest.readAll(List.of(resource("news-page.html"))));

        // 33 (headline and lead), 12 and 20 (second paragraph), 300 km, 24 hours: nothing else
        assertEquals(new TreeSet<>(Set.of("33", "12", "20", "300", "24")), numbers(article.text()), article.text());
        for (String foreign : List.of("Aleppo", "Yemen", "Sinai", "market blast", "250", "Sinjar", "Paris", "Homs",
                "Idlib", "Mosul: 14", "fishermen", "Hamra", "1,204", "newsletter", "GlobalData", "competitors",
                "Thank you", "free sample", "Jane Doe", "Key figures", "Most read", "Related")) {
            assertFalse(article.text().contains(foreign), () -> "\"" + foreign + "\" leaked into:\n" + article.text());
        }
    }

    @Test
    void keepsTheArticleParagraphsInOrderSeparatedByBlankLinesAfterTheTitle() throws Exception {
        Article article = single(Ingest.readAll(List.of(resource("news-page.html"))));

        List<String> paragraphs = List.of(article.text().split("\n\n"));
        assertEquals("Air strikes kill 33 militants in Raqqa", paragraphs.get(0));
        assertTrue(paragraphs.get(1).startsWith("At least 33 Islamic State militants"), paragraphs::toString);
        assertTrue(paragraphs.get(2).startsWith("The monitoring group said"), paragraphs::toString);
        assertTrue(paragraphs.get(3).startsWith("Residents said families"), paragraphs::toString);
        // the <br> inside the quote paragraph stays a line break
        assertEquals("\"There are dozens of charred bodies,\" said Abu Ibrahim al-Raqqawi of the activist group "
                + "Raqqa is Being Silently Slaughtered.\n\"Many of the bodies were fragmented.\"", paragraphs.get(4));
        assertTrue(paragraphs.get(5).startsWith("A US official told Reuters"), paragraphs::toString);
        assertEquals(6, paragraphs.size(), paragraphs::toString);
    }

    @Test
    void readsTitleDateOutletAndCanonicalUrlFromThePageMetadata() throws Exception {
        Path page = resource("news-page.html");

        Article article = single(Ingest.readAll(List.of(page)));

        assertAll(
                () -> assertEquals("news-page", article.id()),
                () -> assertEquals("Air strikes kill 33 militants in Raqqa", article.title()),
                // JSON-LD's datePublished, in the publisher's zone; the <time> in the article says the 19th
                () -> assertEquals(LocalDate.of(2015, 11, 18), article.published()),
                () -> assertEquals("The Daily Levant", article.outlet()),
                // the relative canonical link, resolved against og:url, whose tracking query it drops
                () -> assertEquals("https://dailylevant.example/world/2015/11/18/raqqa-air-strikes", article.url()));
    }

    @Test
    void prefersArticlePublishedTimeThenJsonLdThenOtherMetaThenTimeElement() throws IOException {
        Path og = TestFiles.write(dir, "og.html", page("<meta property=\"article:published_time\" content=\"2015-11-18T23:30:00-05:00\">"
                + jsonLd("2015-11-20"), "<time datetime=\"2015-11-21\">21 Nov</time>"));
        Path ld = TestFiles.write(dir, "ld.html", page(jsonLd("2015-11-20") + "<meta name=\"date\" content=\"2015-11-22\">",
                "<time datetime=\"2015-11-21\">21 Nov</time>"));
        Path meta = TestFiles.write(dir, "meta.html", page("<meta name=\"DC.date.issued\" content=\"2015/11/22\">",
                "<time datetime=\"2015-11-21\">21 Nov</time>"));
        Path time = TestFiles.write(dir, "time.html", page("", "<time datetime=\"2015-11-21T10:00:00+01:00\">21 Nov</time>"));
        Path none = TestFiles.write(dir, "none.html", page("<meta property=\"article:published_time\" content=\"yesterday\">", ""));

        IngestResult result = Ingest.readAll(List.of(og, ld, meta, time, none));

        assertEquals(List.of(), result.problems());
        assertEquals(Arrays.asList(LocalDate.of(2015, 11, 18), LocalDate.of(2015, 11, 20), LocalDate.of(2015, 11, 22),
                LocalDate.of(2015, 11, 21), null), result.articles().stream().map(Article::published).toList());
    }

    @Test
    void leavesOutletAndUrlNullWhenThePageDoesNotGiveThem() throws IOException {
        Path file = TestFiles.write(dir, "bare.html", "<html><head><title>Shelling in Donetsk</title></head><body>"
                + "<p>Two civilians were killed by shelling in Donetsk on Monday, local officials said.</p></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals(new Article("bare", null, null, null, "Shelling in Donetsk",
                "Shelling in Donetsk\n\nTwo civilians were killed by shelling in Donetsk on Monday, local officials said."),
                article);
    }

    // --- boilerplate inside the article -----------------------------------------------------

    @Test
    void removesAnAdBlockThatCarriesNoClassHint() throws IOException {
        Path file = TestFiles.write(dir, "plain-ad.html", "<html><head><title>Raqqa</title></head><body><article>"
                + "<p>At least 70 people were killed in the air strikes, an Islamic State fighter said.</p>"
                + "<div><p>How well do you really know your competitors?</p>"
                + "<p>Access the most comprehensive Company Profiles on the market, powered by GlobalData. "
                + "Save hours of research. Gain competitive edge.</p>"
                + "<p>Thank you!</p><p>Your download email will arrive shortly</p>"
                + "<p>Not ready to buy yet? Download a free sample</p>"
                + "<p>We are confident about the unique quality of our Company Profiles. However, we want you to make "
                + "the most beneficial decision for your business, so we offer a free sample that you can download "
                + "by submitting the below form</p><p>By GlobalData</p></div>"
                + "<p>Raqqa is Being Silently Slaughtered told International Business Times there were dozens of "
                + "charred bodies.</p></article></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("Raqqa\n\nAt least 70 people were killed in the air strikes, an Islamic State fighter said.\n\n"
                + "Raqqa is Being Silently Slaughtered told International Business Times there were dozens of "
                + "charred bodies.", article.text());
    }

    @Test
    void dropsReadMoreRelatedNewsletterAndLinkOnlyLines() throws IOException {
        Path file = TestFiles.write(dir, "lines.html", "<html><head><title>T</title></head><body><div id=\"story\">"
                + "<p>Gunmen killed 4 police officers at a checkpoint near Kandahar, officials said on Sunday.</p>"
                + "<p>READ MORE: <a href=\"/x\">Taliban attack kills 5 policemen in south</a></p>"
                + "<p>Related: Kunduz strike toll rises to 22</p>"
                + "<p><a href=\"/y\">Suicide bomber kills 13 in Kabul</a> | <a href=\"/z\">2 dead in Herat</a></p>"
                + "<p>Sign up for our newsletter and get the 10 stories of the day.</p>"
                + "<p>Follow us on Twitter @levant</p>"
                + "<p>Advertisement</p>"
                + "<p>The attackers fled on motorbikes, a provincial spokesman told <a href=\"/afp\">AFP</a>.</p>"
                + "</div></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("T\n\nGunmen killed 4 police officers at a checkpoint near Kandahar, officials said on Sunday.\n\n"
                + "The attackers fled on motorbikes, a provincial spokesman told AFP.", article.text());
    }

    @Test
    void keepsAnArticleWhoseContainerHasABoilerplateSoundingClass() throws IOException {
        Path file = TestFiles.write(dir, "share.html", "<html><head><title>Idlib</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/b\">9 killed in Daraa</a></nav>"
                + "<div class=\"story-body has-share-bar\"><p>An air strike on a market in Idlib killed 61 people, "
                + "rescuers said.</p><p>Most of the dead were civilians, they said.</p>"
                + "<div class=\"share-bar\"><a href=\"#\">Share</a></div></div></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("Idlib\n\nAn air strike on a market in Idlib killed 61 people, rescuers said.\n\n"
                + "Most of the dead were civilians, they said.", article.text());
    }

    @Test
    void readsAPageThatAspNetWrapsInOneForm() throws IOException {
        Path file = TestFiles.write(dir, "aspnet.aspx.html", "<html><head><title>Quetta</title></head><body><form id=\"aspnetForm\">"
                + "<div id=\"menu\"><a href=\"/a\">12 killed in Peshawar</a></div>"
                + "<div class=\"content\"><p>A bomb at a market in Quetta killed 8 people on Saturday, police said.</p>"
                + "<p>Another 20 were wounded.</p></div>"
                + "<div role=\"search\"><input name=\"q\"><p>Search 3,000 stories</p></div></form></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("Quetta\n\nA bomb at a market in Quetta killed 8 people on Saturday, police said.\n\n"
                + "Another 20 were wounded.", article.text());
    }

    @Test
    void doesNotRepeatATitleThatOpensTheText() throws IOException {
        Path file = TestFiles.write(dir, "h1.html", "<html><head><title>Mosul: 14 civilians die in mortar fire</title></head>"
                + "<body><div><h1>Mosul: 14 civilians die in mortar fire</h1>"
                + "<p>Fourteen civilians died when mortar rounds hit a market in Mosul on Friday, officials said.</p>"
                + "</div></body></html>");

        Article article = single(Ingest.readAll(List.of(file)));

        assertTrue(article.text().startsWith("Mosul: 14 civilians die in mortar fire\n\nFourteen civilians"),
                article::text);
        assertEquals(1, article.text().split("Mosul: 14", -1).length - 1, article::text);
    }

    // --- encodings --------------------------------------------------------------------------

    @Test
    void decodesTheCharsetTheMetaTagDeclares() throws IOException {
        String html = "<html><head><meta charset=\"windows-1251\"><title>\u041a\u0438\u0435\u0432</title></head>"
                + "<body><p>\u0412 \u0414\u043e\u043d\u0435\u0446\u043a\u0435 \u043f\u043e\u0433\u0438\u0431\u043b\u0438 "
                + "5 \u0447\u0435\u043b\u043e\u0432\u0435\u043a.</p></body></html>";
        Path file = TestFiles.writeBytes(dir, "cyrillic.html", html.getBytes(Charset.forName("windows-1251")));

        Article article = single(Ingest.readAll(List.of(file)));

        assertEquals("\u041a\u0438\u0435\u0432", article.title());
        assertTrue(article.text().contains("\u0412 \u0414\u043e\u043d\u0435\u0446\u043a\u0435 \u043f\u043e\u0433\u0438"
                + "\u0431\u043b\u0438 5 \u0447\u0435\u043b\u043e\u0432\u0435\u043a."), article::text);
    }

    @Test
    void readsUtf16PagesWithAByteOrderMarkAndFallsBackToWindows1252ForUndeclaredLegacyBytes() throws IOException {
        String html = "<html><head><title>Caf\u00e9 attack</title></head><body><p>Gunmen attacked a caf\u00e9 "
                + "in Ouagadougou, killing 29 people.</p></body></html>";
        Path utf16 = TestFiles.writeBytes(dir, "utf16.html", html.getBytes(StandardCharsets.UTF_16));
        Path legacy = TestFiles.writeBytes(dir, "legacy.html", html.getBytes(Charset.forName("windows-1252")));

        IngestResult result = Ingest.readAll(List.of(utf16, legacy));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Caf\u00e9 attack", "Caf\u00e9 attack"),
                result.articles().stream().map(Article::title).toList());
        result.articles().forEach(a -> assertTrue(a.text().contains("a caf\u00e9 in Ouagadougou"), a::text));
    }

    // --- bad input --------------------------------------------------------------------------

    @Test
    void reportsBinaryOversizedEmptyAndTextlessPagesOnceEachAndReadsOn() throws IOException {
        Path binary = TestFiles.writeBytes(dir, "photo.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Path oversized = dir.resolve("huge.html");
        try (OutputStream out = Files.newOutputStream(oversized)) {
            out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "killed ".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= Limits.MAX_PAGE_BYTES; written += chunk.length) {
                out.write(chunk);
            }
        }
        Path empty = TestFiles.write(dir, "empty.html", "");
        Path textless = TestFiles.write(dir, "menu-only.html", "<html><body><nav><a href=\"/a\">5 killed in Aleppo</a></nav>"
                + "<script>var n = 3;</script></body></html>");
        Path good = TestFiles.write(dir, "good.html", "<p>Three soldiers were killed in an ambush, the army said.</p>");

        IngestResult result = Ingest.readAll(List.of(binary, oversized, empty, textless, good));

        assertEquals(List.of("good"), result.articles().stream().map(Article::id).toList());
        assertEquals(List.of(
                binary + ": binary file; skipped",
                oversized + ": page is larger than " + Limits.MAX_PAGE_BYTES + " bytes; skipped",
                empty + ": empty file",
                textless + ": no article text found in the page; skipped"), messages(result));
        assertNull(result.articles().get(0).title());
    }

    @Test
    void readsHtmlFoundByWalkingADirectory() throws IOException {
        TestFiles.write(dir, "pages/a.htm", "<p>One.</p>");
        TestFiles.write(dir, "pages/b.HTML", "<p>Two.</p>");

        IngestResult result = Ingest.readAll(List.of(dir.resolve("pages")));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("a", "b"), result.articles().stream().map(Article::id).toList());
    }

    // --- helpers ----------------------------------------------------------------------------

    private static String page(String head, String articleExtra) {
        return "<html><head><title>Strike</title>" + head + "</head><body><article>" + articleExtra
                + "<p>An air strike killed 7 people in the village, residents said.</p></article></body></html>";
    }

    private static String jsonLd(String date) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + date
                + "\",}</script>";
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(HtmlIngestTest.class.getResource("/ingest/" + name).toURI());
    }

    private static Set<String> numbers(String text) {
        Set<String> numbers = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }



    static Article single(IngestResult result) {
        assertEquals(1, result.articles().size(), () -> "articles: " + result.articles() + ", problems: "
                + messages(result));
        return result.articles().get(0);
    }

    static List<String> messages(IngestResult result) {
        return result.problems().stream().map(IngestProblem::toString).toList();
    }
}
