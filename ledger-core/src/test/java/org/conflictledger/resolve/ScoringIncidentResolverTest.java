package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.junit.jupiter.api.Test;

class ScoringIncidentResolverTest {
    private static final IncidentResolver RESOLVER = IncidentResolver.scoring();

    private static Extraction article(String id, String date, String place, double lat, double lon, EventType type, int killed) {
        String ev = "killed " + killed;
        Claim c = new Claim("reporter", Category.KILLED, Group.ALL, killed, Qualifier.EXACT, ev, 0, ev.length());
        IncidentMention m = new IncidentMention(id + "/1", type, date == null ? null : LocalDate.parse(date),
                date == null ? null : LocalDate.parse(date), place, place.replace("Ar-", "") + " Governorate", "SY", lat, lon, GeoPrecision.CITY,
                List.of(), false, List.of(c));
        return new Extraction(id, List.of(m));
    }

    private static String id(List<Extraction> out, int article) {
        return out.get(article).incidents().get(0).incidentId();
    }

    @Test
    void mergesReportsOfOneStrikeWithDifferentTollsAndGivesTheFirstArticlesId() {
        List<Extraction> out = RESOLVER.resolve(List.of(
                article("b-reuters", "2015-11-15", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33),
                article("a-afp", null, "Ar-Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 30)),
                Map.of("a-afp", LocalDate.parse("2015-11-16")));
        assertEquals("a-afp/1", id(out, 0));
        assertEquals(id(out, 0), id(out, 1));
    }

    @Test
    void anUndatedReportOfAnUndatedArticleNeedsMoreThanPlaceAndType() {
        // nothing says which year it is from: Kunduz was struck in 2015 and again in 2018
        Extraction dated = article("b-reuters", "2015-10-03", "Kunduz", 36.73, 68.86, EventType.AIR_STRIKE, 22);
        Extraction undated = article("a-afp", null, "Kunduz", 36.73, 68.86, EventType.AIR_STRIKE, 70);
        assertNotEquals(id(RESOLVER.resolve(List.of(dated, undated)), 0), id(RESOLVER.resolve(List.of(dated, undated)), 1));

        List<Extraction> published = RESOLVER.resolve(List.of(dated, undated), Map.of("a-afp", LocalDate.parse("2015-10-04")));
        assertEquals(id(published, 0), id(published, 1));
        List<Extraction> later = RESOLVER.resolve(List.of(dated, undated), Map.of("a-afp", LocalDate.parse("2018-04-03")));
        assertNotEquals(id(later, 0), id(later, 1));
    }

    @Test
    void aSharedSmallFigureIsWeakerEvidenceThanALargeOne() {
        // "nine" is common: an undated report 30 km away in the province sharing it is not the same strike
        Extraction a = article("a", "2015-10-03", "Kunduz", 36.73, 68.86, EventType.AIR_STRIKE, 9);
        Extraction small = article("b", null, "Kunduz", 36.95, 69.13, EventType.AIR_STRIKE, 9);
        Extraction large = article("c", null, "Kunduz", 36.95, 69.13, EventType.AIR_STRIKE, 90);
        Extraction a90 = article("d", "2015-10-03", "Kunduz", 36.73, 68.86, EventType.AIR_STRIKE, 90);
        List<Extraction> out = RESOLVER.resolve(List.of(a, small));
        assertNotEquals(id(out, 0), id(out, 1));
        List<Extraction> shared = RESOLVER.resolve(List.of(a90, large));
        assertEquals(id(shared, 0), id(shared, 1));
    }

    @Test
    void keepsStrikesInDifferentRegionsOrWeeksApart() {
        List<Extraction> out = RESOLVER.resolve(List.of(
                article("a", "2015-11-15", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33),
                article("b", "2016-03-19", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 39),
                article("c", "2015-11-15", "Aleppo", 36.2, 37.16, EventType.AIR_STRIKE, 33)));
        assertNotEquals(id(out, 0), id(out, 1));
        assertNotEquals(id(out, 0), id(out, 2));
    }

    @Test
    void neverMergesTwoIncidentsOfOneArticle() {
        Extraction two = new Extraction("x", List.of(
                article("x", "2015-11-15", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33).incidents().get(0),
                article("x", "2015-11-15", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33).incidents().get(0)
                        .withIncidentId("x/2")));
        List<Extraction> out = RESOLVER.resolve(List.of(two, article("y", "2015-11-15", "Raqqa", 35.95, 39.01,
                EventType.AIR_STRIKE, 33)));
        assertNotEquals(out.get(0).incidents().get(0).incidentId(), out.get(0).incidents().get(1).incidentId());
    }

    @Test
    void isDeterministicWhateverTheOrderOfTheBatch() {
        Extraction a = article("a", "2015-11-15", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33);
        Extraction b = article("b", "2015-11-16", "Raqqa", 35.95, 39.01, EventType.AIR_STRIKE, 33);
        assertEquals(id(RESOLVER.resolve(List.of(a, b)), 1), id(RESOLVER.resolve(List.of(b, a)), 0));
    }
}
