package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.conflictledger.model.AnnotatedArticle;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EntityMention;
import org.conflictledger.model.EntityType;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Category;
import org.conflictledger.model.Sentence;
import org.junit.jupiter.api.Test;

class IncidentPlacerTest {
    private static final String TEXT = "At least 33 were killed in al-Raqqa, Syria, near the Museum Square.";

    private static AnnotatedArticle article(EntityMention... mentions) {
        Article a = new Article("a", null, null, null, null, TEXT);
        return new AnnotatedArticle(a, null, List.of(new Sentence(0, 0, TEXT.length(), List.of())), List.of(mentions));
    }

    private static Extraction incident(String location) {
        Claim c = new Claim("reporter", Category.KILLED, Group.ALL, 33, Qualifier.AT_LEAST, TEXT, 0, TEXT.length());
        return new Extraction("a", List.of(new IncidentMention("a/1", EventType.AIR_STRIKE, null, null, location, null,
                null, null, null, null, List.of(), false, List.of(c))));
    }

    private static EntityMention location(String name) {
        int at = TEXT.indexOf(name);
        return new EntityMention(EntityType.LOCATION, 0, 0, 1, at, at + name.length(), name, null, null, null);
    }

    @Test
    void placesAnIncidentWithAdmin1CountryAndCoordinates() {
        IncidentMention m = Gazetteer.geoNames().locate(article(location("al-Raqqa"), location("Syria")), incident("al-Raqqa"))
                .incidents().get(0);
        assertEquals("SY", m.country());
        assertEquals("Raqqa Governorate", m.admin1());
        assertNotNull(m.lat());
        assertEquals(35.95, m.lat(), 0.1);
    }

    @Test
    void keepsALandmarkTheGazetteerLacksPlacedByTheTownThatContainsIt() {
        IncidentMention m = Gazetteer.geoNames().locate(
                article(location("al-Raqqa"), location("Syria"), location("Museum Square")), incident("Museum Square"))
                .incidents().get(0);
        assertEquals("Museum Square", m.location());
        assertEquals("SY", m.country());
        assertEquals(35.95, m.lat(), 0.1);
    }

    @Test
    void placesANotableTownEvenWhenTheArticleNamesOnlyAnotherCountry() {
        Extraction e = incident("al-Raqqa");
        IncidentMention wrongCountry = e.incidents().get(0);
        wrongCountry = new IncidentMention("a/1", wrongCountry.eventType(), null, null, "al-Raqqa", null, "US", null, null,
                null, List.of(), false, wrongCountry.claims());
        IncidentMention m = Gazetteer.geoNames().locate(article(location("al-Raqqa")), new Extraction("a", List.of(wrongCountry)))
                .incidents().get(0);
        assertEquals("SY", m.country());
    }

    @Test
    void leavesAnIncidentWhosePlaceNothingResolvesAsItWas() {
        Extraction e = incident("Qqqxyzville");
        assertEquals(e, Gazetteer.geoNames().locate(article(), e));
    }

    /** An article of one or more sentences (split at ". "), its claim the first sentence, LOCATION mentions as given. */
    private static IncidentMention placed(String text, String extractorPlace, String... locations) {
        List<Sentence> sentences = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(". ", start);
            end = end < 0 ? text.length() : end + 1;
            sentences.add(new Sentence(sentences.size(), start, end, List.of()));
            start = end + 1;
        }
        List<EntityMention> mentions = new java.util.ArrayList<>();
        for (String name : locations) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int sentence = 0;
                while (sentences.get(sentence).end() < at) {
                    sentence++;
                }
                mentions.add(new EntityMention(EntityType.LOCATION, sentence, 0, 1, at, at + name.length(), name, null, null, null));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
        AnnotatedArticle a = new AnnotatedArticle(new Article("a", null, null, null, null, text), null, sentences, mentions);
        int end = sentences.get(0).end();
        Claim c = new Claim("reporter", Category.KILLED, Group.ALL, 22, Qualifier.AT_LEAST, text.substring(0, end), 0, end);
        Extraction e = new Extraction("a", List.of(new IncidentMention("a/1", EventType.AIR_STRIKE, null, null, extractorPlace,
                null, null, null, null, null, List.of(), false, List.of(c))));
        return Gazetteer.geoNames().locate(a, e).incidents().get(0);
    }

    @Test
    void namesAMarketTheGazetteerLacksAsWrittenAndPlacesItByItsProvince() {
        IncidentMention m = placed("Air strikes killed at least 22 people at the Dahyan market in Saada province, Yemen.",
                "Saada", "Saada", "Yemen");
        assertEquals("Dahyan", m.location());
        assertEquals("YE", m.country());
        assertNotNull(m.admin1());
        assertEquals(org.conflictledger.model.GeoPrecision.CITY, m.geoPrecision());
    }

    @Test
    void takesTheVillageOfAPhraseOverTheProvinceAroundIt() {
        IncidentMention m = placed("Warplanes killed at least 22 people in the village of Qqaryat Zubra in Idlib province, Syria.",
                "Idlib", "Idlib", "Syria");
        assertEquals("Qqaryat Zubra", m.location());
        assertEquals("SY", m.country());
    }

    @Test
    void dropsACountryWrittenBeforeOrAfterAPlaceButNotOneThatIsPartOfTheName() {
        assertEquals("Aleppo", IncidentPlacer.withoutCountry("Syria's Aleppo"));
        assertEquals("Mosul", IncidentPlacer.withoutCountry("U.S. Mosul"));
        assertEquals("Tabqa", IncidentPlacer.withoutCountry("Tabqa Syria"));
        for (String whole : List.of("Mexico City", "Niger Delta", "Jordan Valley", "northern Syria", "South Sudan",
                "Papua New Guinea", "New Mexico", "Lake Chad", "Mount Lebanon", "Aleppo", "Palestine Street",
                "Niger State Polytechnic", "Niger Delta University")) {
            assertEquals(whole, IncidentPlacer.withoutCountry(whole));
        }
    }

    @Test
    void aDatelineIsWhereTheReportWasFiledNotWhereTheIncidentHappened() {
        IncidentMention m = placed("BEIRUT Oct 26 Air strikes killed at least 22 people in Idlib on Wednesday.", null,
                "BEIRUT", "Idlib");
        assertEquals("SY", m.country());
        assertEquals("Idlib Governorate", m.admin1());
    }

    @Test
    void readsACountrysPossessiveBeforeAPlaceAsThatPlace() {
        IncidentMention m = placed("Air strikes killed at least 22 people in Syria's Aleppo on Wednesday.", "Syria's Aleppo",
                "Syria's Aleppo");
        assertEquals("Aleppo", m.location());
        assertEquals("SY", m.country());
    }

    @Test
    void placesAStoryThatGivesOnlyTheCountryBesideTheTollInThePlaceItNamesMostOften() {
        IncidentMention m = placed("At least 22 people were killed in Syria on Monday. The strikes hit Deir Ezzor. "
                + "Residents of Deir Ezzor fled. Aleppo was calm.", "Syria", "Syria", "Deir Ezzor", "Aleppo");
        assertEquals("SY", m.country());
        assertEquals("Deir ez-Zor Governorate", m.admin1());
    }

    @Test
    void hostileTextIsPlacedInLinearTime() {
        // a 100,000-capital word and 20,000 "a Shiite district of Aleppo" phrases in one sentence: the locality
        // patterns must neither restart inside the word nor reread the sentence before each phrase (minutes
        // before the name pattern was anchored and possessive and the article check read only a few characters)
        String text = "At least 33 were killed in Syria near " + "A".repeat(100_000) + " today. "
                + "a Shiite district of Aleppo ".repeat(20_000);
        Article a = new Article("h", null, null, null, null, text);
        int at = text.indexOf("Syria");
        EntityMention syria = new EntityMention(EntityType.LOCATION, 0, 0, 1, at, at + 5, "Syria", null, null, null);
        AnnotatedArticle article = new AnnotatedArticle(a, null, List.of(new Sentence(0, 0, text.length(), List.of())),
                List.of(syria));
        Claim c = new Claim("reporter", Category.KILLED, Group.ALL, 33, Qualifier.AT_LEAST, text.substring(0, 10), 0, 10);
        Extraction e = new Extraction("h", List.of(new IncidentMention("h/1", EventType.AIR_STRIKE, null, null, "Syria",
                null, "SY", null, null, null, List.of(), false, List.of(c))));
        IncidentMention m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Gazetteer.geoNames().locate(article, e).incidents().get(0));
        assertEquals("SY", m.country());
    }
}
