package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Report;
import org.junit.jupiter.api.Test;

class IncrementalResolutionTest {
    private static final IncidentResolver RESOLVER = IncidentResolver.scoring();

    private static Report report(String article, String incidentId, String date, String place, double lat, double lon,
                                 String admin1, int killed, String... perpetrators) {
        String ev = killed + " were killed";
        Claim c = new Claim("reporter", Category.KILLED, Group.ALL, killed, Qualifier.EXACT, ev, 0, ev.length());
        LocalDate d = date == null ? null : LocalDate.parse(date);
        IncidentMention m = new IncidentMention(incidentId, EventType.AIR_STRIKE, d, d, place, admin1, "SY", lat, lon,
                GeoPrecision.CITY, List.of(perpetrators), false, List.of(c));
        return new Report(article, 0, null, d, null, m);
    }

    private static Report raqqa(String article, String id, String date, int killed) {
        return report(article, id, date, "Raqqa", 35.95, 39.01, "Raqqa Governorate", killed);
    }

    @Test
    void aNewReportJoinsAKnownIncident() {
        List<Report> known = List.of(raqqa("a", "raqqa-2016-03-19", "2016-03-19", 39),
                raqqa("b", "raqqa-2016-03-19", "2016-03-20", 39));
        List<Report> out = RESOLVER.resolve(known, List.of(raqqa("c", "c/1", "2016-03-20", 40)));
        assertEquals("raqqa-2016-03-19", out.get(0).incidentId());
    }

    @Test
    void aNewReportOfAnotherStrikeStartsItsOwnIncident() {
        List<Report> known = List.of(raqqa("a", "raqqa-2016-03-19", "2016-03-19", 39));
        List<Report> out = RESOLVER.resolve(known, List.of(
                report("c", "c/1", "2016-03-19", "Aleppo", 36.2, 37.16, "Aleppo Governorate", 12)));
        assertEquals("c/1", out.get(0).incidentId());
    }

    @Test
    void twoKnownIncidentsAreNeverMerged() {
        List<Report> known = List.of(raqqa("a", "first", "2016-03-19", 39), raqqa("b", "second", "2016-03-19", 39));
        List<Report> incoming = List.of(raqqa("c", "c/1", "2016-03-19", 39), raqqa("d", "d/1", "2016-03-19", 39));
        List<Report> out = RESOLVER.resolve(known, incoming);
        for (Report r : out) {
            assertEquals(true, r.incidentId().equals("first") || r.incidentId().equals("second"), r.incidentId());
        }
    }

    @Test
    void idsAreDeterministicUnderInputPermutation() {
        List<Report> known = new ArrayList<>(List.of(raqqa("k1", "raqqa-a", "2016-03-19", 39),
                raqqa("k2", "raqqa-b", "2016-03-28", 16)));
        List<Report> incoming = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            incoming.add(raqqa("n" + i, "n" + i + "/1", "2016-03-" + (18 + i), i % 2 == 0 ? 39 : 16));
        }
        Map<String, String> expected = ids(RESOLVER.resolve(known, incoming));
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(known, random);
            Collections.shuffle(incoming, random);
            assertEquals(expected, ids(RESOLVER.resolve(known, incoming)));
        }
    }

    @Test
    void aKnownIncidentLongerThanTwoWeeksStillTakesANewReportInsideIt() {
        List<Report> known = List.of(raqqa("a", "siege", "2016-03-01", 39), raqqa("b", "siege", "2016-03-10", 39),
                raqqa("c", "siege", "2016-03-20", 39));
        List<Report> out = RESOLVER.resolve(known, List.of(raqqa("d", "d/1", "2016-03-11", 39)));
        assertEquals("siege", out.get(0).incidentId());
    }

    @Test
    void incrementalResolutionAgreesWithTheBatch() {
        Report a = raqqa("a", "a/1", "2016-03-19", 39);
        Report b = raqqa("b", "b/1", "2016-03-20", 39);
        Report c = raqqa("c", "c/1", "2016-03-20", 39);
        List<Report> batch = RESOLVER.resolve(List.of(), List.of(a, b, c));
        List<Report> first = RESOLVER.resolve(List.of(), List.of(a, b));
        List<Report> then = RESOLVER.resolve(first, List.of(c));
        assertEquals(batch.get(2).incidentId(), then.get(0).incidentId());
    }

    @Test
    void anUndatedReportDoesNotChainStrikesYearsApart() {
        List<Report> out = RESOLVER.resolve(List.of(), List.of(raqqa("a", "a/1", "2015-11-15", 15),
                raqqa("b", "b/1", null, 15), raqqa("c", "c/1", "2017-06-01", 15)));
        assertNotEquals(out.get(0).incidentId(), out.get(2).incidentId());
    }

    @Test
    void undatedReportsOfOnePlaceNeedATollOrAnActorInCommon() {
        List<Report> none = RESOLVER.resolve(List.of(), List.of(raqqa("a", "a/1", null, 15), raqqa("b", "b/1", null, 30)));
        assertNotEquals(none.get(0).incidentId(), none.get(1).incidentId());
        List<Report> actor = RESOLVER.resolve(List.of(), List.of(
                report("a", "a/1", null, "Raqqa", 35.95, 39.01, "Raqqa Governorate", 15, "Russia"),
                report("b", "b/1", null, "Raqqa", 35.95, 39.01, "Raqqa Governorate", 30, "Russia")));
        assertEquals(actor.get(0).incidentId(), actor.get(1).incidentId());
    }

    /** The keyed candidates find every pair that comparing all pairs of a country finds. */
    @Test
    void keyedCandidatesResolveAsComparingEveryPair() {
        Random random = new Random(42);
        String[] perps = {"Russia", "Syrian government", "United States", "Islamic State"};
        for (int round = 0; round < 5; round++) {
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int place = random.nextInt(15);
                double lat = 34 + place * 0.13 + random.nextDouble() * 0.05;
                double lon = 37 + (place % 4) * 0.11;
                String admin1 = random.nextInt(8) == 0 ? null : "Region " + place / 4;
                String date = random.nextInt(10) == 0 ? null
                        : LocalDate.of(2016, 1, 1).plusDays(random.nextInt(60)).toString();
                String article = "art" + random.nextInt(250);
                String[] who = random.nextInt(3) == 0 ? new String[0] : new String[] {perps[random.nextInt(perps.length)]};
                Report r = report(article, article + "/" + i, date, "Place " + place, lat, lon, admin1,
                        3 + random.nextInt(12), who);
                reports.add(new Report(r.articleId(), i, null, r.published(), null, r.mention()));
            }
            List<Report> keyed = new ScoringIncidentResolver(false).resolve(List.of(), reports);
            List<Report> every = new ScoringIncidentResolver(true).resolve(List.of(), reports);
            assertEquals(ids(every), ids(keyed), "round " + round);
        }
    }

    private static Map<String, String> ids(List<Report> reports) {
        Map<String, String> out = new HashMap<>();
        for (Report r : reports) {
            out.put(r.articleId() + "#" + r.index(), r.incidentId());
        }
        return out;
    }
}
