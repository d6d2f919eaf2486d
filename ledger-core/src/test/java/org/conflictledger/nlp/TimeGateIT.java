package org.conflictledger.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.ingest.Ingest;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.Sentence;
import org.junit.jupiter.api.Test;

/**
 * SUTime only where a sentence holds a time cue gives the annotation SUTime everywhere gives: the same
 * tokens with the same tags and the same entity mentions, dates resolved to the same days, on every dev
 * article and seed and on general news.
 */
class TimeGateIT {
    private static final Path SHARED = Path.of(System.getProperty("ledger.shared", "../../shared"));

    @Test
    void gatedAnnotationEqualsSuTimeOnEverySentence() {
        List<Article> articles = new ArrayList<>(Ingest.readAll(List.of(SHARED.resolve("gold/dev"))).articles());
        articles.addAll(Ingest.readAll(List.of(SHARED.resolve("seeds"))).articles());
        // and general news, where most sentences hold no time cue
        articles.addAll(Ingest.readAll(List.of(SHARED.resolve("bench/stream/articles.jsonl"))).articles().subList(0, 40));
        assertTrue(articles.size() >= 90, "the dev articles, seeds and stream: " + articles.size());
        CoreNlpAnnotator gatedAnnotator = CoreNlpAnnotator.shared();
        CoreNlpAnnotator everywhereAnnotator = CoreNlpAnnotator.create(false);
        int sentences = 0;
        int dates = 0;
        for (Article a : articles) {
            AnnotatedArticle everywhere = everywhereAnnotator.annotate(a);
            AnnotatedArticle gated = gatedAnnotator.annotate(a);
            for (int s = 0; s < everywhere.sentences().size(); s++) {
                Sentence want = everywhere.sentences().get(s);
                assertEquals(want, gated.sentences().get(s), a.id() + ": " + want.text(a.text()));
            }
            assertEquals(everywhere.mentions(), gated.mentions(), a.id());
            sentences += everywhere.sentences().size();
            dates += (int) everywhere.mentions().stream().filter(m -> m.date() != null).count();
        }
        assertTrue(sentences > 1000 && dates > 150, sentences + " sentences, " + dates + " dates");
        assertTrue(CoreNlpAnnotator.timeTaggedShare() < 0.8, "the gate lets most sentences through: "
                + CoreNlpAnnotator.timeTaggedShare());
    }

    @Test
    void cuesAreMonthsWeekdaysUnitsDeicticWordsAndDateShapedNumbers() {
        for (String w : List.of("Monday", "Jan.", "Sept.", "mid-July", "May", "yesterday", "hours", "ago", "2015", "1990s",
                "6th", "10:30", "12/05", "2015-05-01", "01.10.2014", "5pm", "earlier", "tonight")) {
            assertTrue(TimeCues.isCue(w), w);
        }
        for (String w : List.of("may", "killed", "12", "1,400", "2.5", "5000", "Aleppo", "march", "sun", "soldiers")) {
            assertTrue(!TimeCues.isCue(w), w);
        }
    }
}
