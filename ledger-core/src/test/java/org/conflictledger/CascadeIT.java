package org.conflictledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Sentence;
import org.conflictledger.model.SkipReason;
import org.junit.jupiter.api.Test;

/**
 * The cascade with real CoreNLP: an article annotated only in its relevant passages yields the claims, offsets
 * and tokens the whole article yields there; a skipped article says why; threads do not change results.
 */
class CascadeIT {
    private static final Pipeline CASCADE = Pipeline.standard();
    private static final Pipeline NAIVE = CASCADE.withFilter(RelevanceFilter.everything());

    private static final String[] ASIDES = {
        "Separately, the central bank kept its main interest rate at 4.5 percent on Thursday, citing inflation.",
        "In football, the home side won 3-1 after two late goals, moving to 42 points in the table.",
        "Forecasters expect temperatures of 38 degrees across the region this weekend.",
        "The ministry said the new school year would begin on September 12 for about 2 million pupils."};

    /** A seed article with unrelated paragraphs put around and inside it, as a long wire story has them. */
    private static Article seedWithAsides() throws IOException {
        Path seeds = Path.of(System.getProperty("ledger.shared", "../../shared")).resolve("seeds");
        String seed = Files.readString(seeds.resolve("000_89c6f7ff54cb32c2.txt"), StandardCharsets.UTF_8);
        String title = seed.substring(0, seed.indexOf('\n'));
        String body = seed.substring(seed.indexOf('\n')).strip();
        List<String> paragraphs = new ArrayList<>(List.of(body.split("\n\n")));
        paragraphs.add(paragraphs.size() / 2, String.join(" ", ASIDES[0], ASIDES[3]));
        paragraphs.add(paragraphs.size() / 2, ASIDES[2]);
        for (String aside : ASIDES) {
            paragraphs.add(aside);
        }
        return new Article("seed-asides", null, null, java.time.LocalDate.parse("2015-11-17"), title,
                title + "\n\n" + String.join("\n\n", paragraphs));
    }

    private static List<String> claims(Extraction e) {
        List<String> out = new ArrayList<>();
        e.incidents().forEach(m -> m.claims().forEach((Claim c) -> out.add(c.category() + " " + c.group() + " " + c.value()
                + " " + c.qualifier() + " " + c.source() + " [" + c.start() + "," + c.end() + ") " + c.evidence())));
        return out;
    }

    @Test
    void annotatingOnlyTheRelevantPassagesKeepsTheWholeArticlesOffsetsTokensAndClaims() throws IOException {
        Article a = seedWithAsides();
        Pipeline.Result whole = NAIVE.process(a);
        Pipeline.Result cascade = CASCADE.process(a);
        assertNull(whole.error());
        assertNull(cascade.error());
        assertFalse(cascade.relevance().coversAll(a.text()), "the asides are left out: " + cascade.relevance());
        assertTrue(cascade.annotated().sentences().size() < whole.annotated().sentences().size());
        Map<Integer, Sentence> wholeByStart = whole.annotated().sentences().stream()
                .collect(Collectors.toMap(Sentence::start, Function.identity()));
        for (Sentence s : cascade.annotated().sentences()) {
            Sentence w = wholeByStart.get(s.start());
            assertNotNull(w, "the whole article has a sentence at " + s.start() + ": " + s.text(a.text()));
            assertEquals(w.end(), s.end());
            assertEquals(w.tokens(), s.tokens(), "tokens, offsets, tags, lemmas and entities of " + s.text(a.text()));
            // asides next to a hit are its context; the last two stand far from any
            assertTrue(s.end() <= a.text().lastIndexOf(ASIDES[2]), "a far aside was annotated: " + s.text(a.text()));
        }
        List<String> claims = claims(cascade.extraction());
        assertTrue(claims.size() >= 2, claims.toString());
        assertEquals(claims(whole.extraction()), claims);
        for (Claim c : cascade.extraction().incidents().get(0).claims()) {
            assertEquals(a.text().substring(c.start(), c.end()), c.evidence());
        }
    }

    @Test
    void aSkippedArticleYieldsNoIncidentsNoAnnotationAndItsReason() {
        Article sport = new Article("sport", null, null, null, "Derby", String.join("\n\n", ASIDES[1], ASIDES[0]));
        Pipeline.Result r = CASCADE.process(sport);
        assertTrue(r.skipped());
        assertEquals(SkipReason.NO_CASUALTY_WORDS, r.relevance().skipped());
        assertNull(r.annotated());
        assertEquals(new Extraction("sport", List.of()), r.extraction());
        assertEquals(0, r.timing().annotate());
        assertFalse(NAIVE.process(sport).skipped(), "the naive path annotates everything");
    }

    @Test
    void oneSharedCoreNlpPipelineGivesTheSameResultsOnOneThreadAndOnTwo() throws IOException {
        List<Article> articles = new ArrayList<>(Ingest.readAll(List.of(Path.of("../examples"))).articles());
        articles.add(seedWithAsides());
        assertTrue(articles.size() >= 8, "articles: " + articles.size());
        assertEquals(batch(articles, 1), batch(articles, 2));
    }

    private static List<Extraction> batch(List<Article> articles, int threads) {
        List<Extraction> out = new ArrayList<>();
        try (Pipeline.Batch b = CASCADE.batch(threads, r -> {
            assertNull(r.error(), () -> r.article().id() + ": " + r.error());
            out.add(r.extraction());
        })) {
            articles.forEach(b::offer);
        }
        return out;
    }
}
