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
}
