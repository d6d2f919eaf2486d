package org.conflictledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.conflictledger.model.Article;
import org.conflictledger.model.Relevance;
import org.conflictledger.model.SkipReason;
import org.conflictledger.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The relevance filter: what it lets through to CoreNLP, what it skips and why, and which passages it keeps. */
class LexicalRelevanceFilterTest {
    private static final RelevanceFilter FILTER = RelevanceFilter.lexical();

    private static Relevance judge(String text) {
        return FILTER.judge(new Article("t", null, null, null, null, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "At least 12 people were killed and 30 wounded in the blast.",
        "Five soldiers died in the ambush near the border.",
        "Dozens of civilians were killed in the raid.",
        "The death toll in the attack on the mall in the capital has risen to 59, officials said.",
        "More than 1,400 people are feared dead after the assault.",
        "The agency reported no casualties from the strikes.",
        "Nobody was hurt in the explosion.",
        "Among the dead were seven children.",
        "Gunmen shot dead a police officer in the city.",
        "A teacher was killed on his way to school.",
        "A university lecturer was this evening shot and killed by gunmen.",
        "The attack reportedly claimed about 42 lives.",
        "Militants gunned down Mira Jan outside his home.",
        "Two of the wounded later succumbed, bringing the number of deaths to four.",
        "More than 44 citizens were martyred in the raids, the agency said.",
        "The council candidate was shot in front of the party's election coordination centre in the same Istanbul district"
                + " and died at a local hospital shortly thereafter."})
    void passesCasualtyFiguresInDigitsWordsAndSingleVictims(String sentence) {
        Relevance r = judge(sentence);
        assertTrue(r.relevant(), sentence + " -> " + r);
        assertEquals(List.of(new Span(0, sentence.length())), r.passages());
        assertTrue(r.hits() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Arsenal won 3-1 at home on Saturday, with two goals in the last 10 minutes.",
        "Shares in the company fell 3 percent to 41.20 dollars after the results on Tuesday.",
        "Temperatures will reach 45 degrees by Friday, with winds of 60 km an hour.",
        "Parliament passed the budget by 312 votes to 280 after a long debate."})
    void skipsSportsBusinessAndWeatherWhateverTheirFigures(String text) {
        assertEquals(Relevance.skip(SkipReason.NO_CASUALTY_WORDS), judge(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "At least 40 people were killed when the earthquake struck the valley on Saturday.",
        "Eight passengers died and 200 were injured when the train derailed, officials said.",
        "The death toll from the landslide has risen to 62, rescuers said.",
        "Health officials said 3 more patients had died of the virus, bringing the toll to 19."})
    void skipsDeathsFromDisastersAccidentsAndEpidemics(String text) {
        assertEquals(Relevance.skip(SkipReason.NON_VIOLENT_CAUSE), judge(text));
    }

    @Test
    void readsTheCauseInTheTitleToo() {
        Article quake = new Article("t", null, null, null, "Quake kills dozens in Nepal",
                "At least 40 people were killed, officials said.");
        assertEquals(SkipReason.NON_VIOLENT_CAUSE, FILTER.judge(quake).skipped());
        Article bombing = new Article("t", null, null, null, "Bombing kills dozens in Kabul",
                "At least 40 people were killed, officials said.");
        assertTrue(FILTER.judge(bombing).relevant());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "At least 12 people were killed when a bomb went off at the market, a week after floods hit the region.",
        "The helicopter crashed after it was shot down by rebels; all 8 on board died.",
        "Five people died in the fire that gunmen set at the school.",
        "Troops opened fire on the crowd, killing 3, a day after the accident at the mine."})
    void keepsViolenceWhateverElseTheArticleReports(String text) {
        assertTrue(judge(text).relevant(), text);
    }

    @Test
    void readsKilledItAtTheBoxOfficeAsAnIdiomNotADeath() {
        // decided: "killed it" never reports a death, so its figures do not make the article relevant
        Relevance r = judge("The film killed it at the box office, taking 50 million dollars in 3 days.");
        assertEquals(SkipReason.NO_FIGURE_NEAR_CASUALTY, r.skipped());
    }

    @Test
    void recordsCasualtyWordsWithNoFigureOrVictimNearAsTheirOwnReason() {
        Relevance r = judge("Critics warned of the death of the peace process.\n\nTalks resume in 2016 with 14 delegations.");
        assertEquals(SkipReason.NO_FIGURE_NEAR_CASUALTY, r.skipped());
        assertEquals(List.of(), r.passages());
    }

    @Test
    void leavesOutAScrapedListOfOtherStories() {
        String story = "A total of 24 militants were killed in separate operations near the cities of Deir ez-Zor and Raqqa, "
                + "local media reported on Monday. Twelve were killed by the SDF during fighting for three small villages "
                + "to the northeast of Deir ez-Zor.";
        String counted = story + " ... 91 Related US-Led Coalition Bombs School in Raqqa, 84 Killed";
        Relevance r = judge(counted);
        assertEquals(List.of(new Span(0, counted.indexOf("Related"))), r.passages());
        String listed = story + " Source TRTWorld and agencies Related News Turkish warplanes hit militants, 9 killed";
        assertEquals(listed.indexOf("Related News"), LexicalRelevanceFilter.navigationTail(listed));
        // a story that only speaks of related events keeps all its text
        String related = story + " Related attacks in the east killed 12 more, the monitor said. " + story;
        assertEquals(related.length(), LexicalRelevanceFilter.navigationTail(related));
        assertEquals(SkipReason.NO_CASUALTY_WORDS, judge("Markets rallied on Monday as investors, some 40 of them, "
                + "bought shares in the port operator; the board met in Doha. ".repeat(3)
                + "Views 729 Related Bomb kills 12 in Kabul").skipped());
    }

    @Test
    void readsAHardWrappedTextAsItsSentencesNotItsLines() {
        String wrapped = "Gunmen on Sunday attacked a village in the\nnorth of the country and killed at least\ntwelve people, police"
                + " said.\nThe army sent troops.";
        Relevance r = judge(wrapped);
        assertTrue(r.relevant(), r.toString());
        assertEquals(List.of(new Span(0, wrapped.length())), r.passages());
        // a title and a line that ends a sentence still end their paragraphs
        assertEquals(3, LexicalRelevanceFilter.paragraphs("Title\nIt was a\nlong line.\nNext one.\n").size());
    }

    @Test
    void recordsAnEmptyTextAsEmpty() {
        assertEquals(SkipReason.EMPTY_TEXT, judge("").skipped());
        assertEquals(SkipReason.EMPTY_TEXT, judge(" \n\n\t ").skipped());
    }

    @Test
    void keepsTheLeadAndOneParagraphOfContextAroundEachHit() {
        String lead = "KABUL (Reuters) - A bomb went off in the capital on Sunday, officials said, in a district near the "
                + "airport where foreign embassies stand. The blast was heard across the city and smoke rose over the "
                + "rooftops for an hour, witnesses told reporters at the scene. Roads were closed and ambulances arrived. "
                + "Shops in the old bazaar shut their doors early and traffic on the main roads came to a halt.";
        String far = "The talks between the government and the opposition continue next week in Doha.";
        String before = "Police sealed off the area, a spokesman said.";
        String hit = "At least 12 people were killed and 30 wounded, the health ministry said.";
        String after = "The Taliban denied any part in the attack.";
        String tail = "The president is due to travel to Washington in June.";
        String text = String.join("\n\n", "Bomb in Kabul", lead, far, far, before, hit, after, tail, tail);
        Relevance r = judge(text);
        assertTrue(r.relevant(), r.toString());
        int leadEnd = text.indexOf(lead) + lead.length();
        int contextStart = text.indexOf(before);
        int contextEnd = text.indexOf(after) + after.length();
        assertEquals(List.of(new Span(0, leadEnd), new Span(contextStart, contextEnd)), r.passages());
        assertEquals(2, r.hits(), "killed and wounded, each near its figure");
        assertTrue(r.keptChars() < text.length());
        assertFalse(r.coversAll(text));
    }

    @Test
    void splitsAtLineBreaksWhenTheTextHasNoBlankLine() {
        String text = "Headline here\nSomething about the economy and 4 percent growth.\nMore on trade.\n"
                + "Nothing else.\nTwo soldiers were killed on Monday.\nThe end.";
        Relevance r = judge(text);
        List<Span> paragraphs = LexicalRelevanceFilter.paragraphs(text);
        assertEquals(6, paragraphs.size());
        assertEquals("Two soldiers were killed on Monday.", paragraphs.get(4).of(text));
        assertEquals("Headline here", paragraphs.get(0).of(text));
        assertTrue(r.relevant());
    }

    @Test
    void keepsAWholeArticleWhoseParagraphsAreAllNeededAsOnePassage() {
        String text = "Two soldiers were killed.\n\nThree more died later.\n";
        Relevance r = judge(text);
        assertEquals(List.of(new Span(0, text.indexOf("later.") + 6)), r.passages());
        assertTrue(r.coversAll(text));
    }

    @Test
    void spellsTheRegularFormsOfACasualtyVerb() {
        assertEquals(List.of("kill", "kills", "killed", "killing", "killings"), Lexicon.forms("kill"));
        assertEquals(List.of("die", "dies", "died", "dying"), Lexicon.forms("die"));
        assertEquals(List.of("execute", "executes", "executed", "executing"), Lexicon.forms("execute"));
    }

    @Test
    void anyTextGivesPassagesInsideItInOrder() {
        Random random = new Random(7);
        String[] words = {"killed", "12", "dozens", "no", "casualties", "was", "a", "it", "toll", "\n", "\n\n", " \n \n",
            "lives", "lost", "gunned", "down", "\u0000", "\uD83D\uDE00", "é", ".", "-", "Dead", "KILLED", "x".repeat(40)};
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = b.toString();
            Relevance r = judge(text);
            int from = 0;
            for (Span s : r.passages()) {
                assertTrue(s.start() >= from && s.end() <= text.length() && s.length() > 0, text + " -> " + r);
                from = s.end();
            }
        }
    }
}
