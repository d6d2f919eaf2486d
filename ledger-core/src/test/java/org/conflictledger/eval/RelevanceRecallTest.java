package org.conflictledger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.Article;
import org.conflictledger.model.Json;
import org.conflictledger.model.Relevance;
import org.junit.jupiter.api.Test;

/**
 * The relevance filter's recall on the shared data, without CoreNLP: it must keep every sentence a gold claim
 * stands in, and skip the labelled atrocities only where no casualty word is near a figure; and on a real
 * mixed news stream it must skip enough to pay for itself.
 */
class RelevanceRecallTest {
    private static final RelevanceFilter FILTER = RelevanceFilter.lexical();

    @Test
    void keepsThePassageOfEveryGoldClaim() throws IOException {
        List<String> lost = new ArrayList<>();
        int claims = 0;
        int articles = 0;
        try (Stream<Path> files = Files.list(SharedData.dir().resolve("gold/dev"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = Json.mapper().readTree(f.toFile());
                String text = gold.get("text").asText();
                Relevance r = FILTER.judge(new Article(gold.get("id").asText(), null, null, null,
                        gold.path("title").asText(null), text));
                boolean hasClaims = false;
                for (JsonNode incident : gold.get("incidents")) {
                    for (JsonNode claim : incident.get("claims")) {
                        hasClaims = true;
                        claims++;
                        String evidence = claim.get("evidence").asText();
                        int start = claim.hasNonNull("start") ? claim.get("start").asInt() : text.indexOf(evidence);
                        int end = claim.hasNonNull("end") ? claim.get("end").asInt() : start + evidence.length();
                        if (start < 0 || r.passages().stream().noneMatch(s -> s.start() <= start && end <= s.end())) {
                            lost.add(gold.get("id").asText() + ": " + evidence + " (" + r + ")");
                        }
                    }
                }
                articles += hasClaims ? 1 : 0;
            }
        }
        assertTrue(articles >= 40 && claims >= 150, "gold read: " + articles + " articles, " + claims + " claims");
        assertEquals(List.of(), lost, "gold claims outside the kept passages");
    }

    @Test
    void skipsAtMostOneInAHundredLabelledAtrocities() throws IOException {
        Path wad = SharedData.dir().resolve("bench/wad");
        Map<String, Integer> deaths = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(wad.resolve("dev-labels.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode l = Json.mapper().readTree(line);
                deaths.put(l.get("id").asText(), l.path("deaths").asInt(0));
            }
        }
        int withDeaths = 0;
        List<String> skipped = new ArrayList<>();
        for (Article a : Ingest.readAll(List.of(wad.resolve("dev.jsonl"))).articles()) {
            if (deaths.getOrDefault(a.id(), 0) > 0) {
                withDeaths++;
                Relevance r = FILTER.judge(a);
                if (!r.relevant()) {
                    skipped.add(a.id() + " " + r.skipped().code());
                }
            }
        }
        assertTrue(withDeaths > 500, "labelled atrocities read: " + withDeaths);
        assertTrue(skipped.size() * 100 <= withDeaths, skipped.size() + " of " + withDeaths + " skipped: " + skipped);
    }

    @Test
    void skipsMostOfAMixedNewsStream() {
        List<Article> stream = Ingest.readAll(List.of(SharedData.dir().resolve("bench/stream/articles.jsonl"))).articles();
        long characters = 0;
        long kept = 0;
        int skipped = 0;
        for (Article a : stream) {
            Relevance r = FILTER.judge(a);
            characters += a.text().length();
            kept += r.keptChars();
            skipped += r.relevant() ? 0 : 1;
        }
        assertTrue(stream.size() > 300, "stream read: " + stream.size());
        // about a quarter of the stream mentions violence; the rest, and most paragraphs of the rest, need no NLP
        assertTrue(skipped * 10 >= stream.size() * 4, skipped + " of " + stream.size() + " skipped");
        assertTrue(kept * 10 <= characters * 3, kept + " of " + characters + " characters kept");
    }
}
