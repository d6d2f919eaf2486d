package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Figure;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Grade;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Report;
import org.conflictledger.model.TollPoint;
import org.junit.jupiter.api.Test;

class ClaimReconcilerTest {
    private static final String ID = "syria-2016-03-19-raqqa";

    private static Claim killed(String source, int value, Qualifier q) {
        String ev = source + " said " + value + " were killed";
        return new Claim(source, Category.KILLED, Group.CIVILIANS, value, q, ev, 0, ev.length());
    }

    private static Report report(String article, String outlet, String published, List<String> perpetrators,
                                 Claim... claims) {
        IncidentMention m = new IncidentMention(ID, EventType.AIR_STRIKE, LocalDate.parse("2016-03-19"),
                LocalDate.parse("2016-03-19"), "Raqqa", "Raqqa Governorate", "SY", 35.95, 39.01, GeoPrecision.CITY,
                perpetrators, false, List.of(claims));
        return new Report(article, 0, outlet, published == null ? null : LocalDate.parse(published), null, m);
    }

    private static Report report(String article, String outlet, String published, Claim... claims) {
        return report(article, outlet, published, List.of(), claims);
    }

    private static Figure civiliansKilled(Incident i) {
        return i.figures().stream().filter(f -> f.category() == Category.KILLED && f.group() == Group.CIVILIANS)
                .findFirst().orElseThrow();
    }

    @Test
    void keepsConflictingTollsSideBySide() {
        Incident i = Reconciler.ucdp().reconcile(List.of(
                report("a", "Reuters", "2016-03-20", killed("SOHR", 39, Qualifier.EXACT)),
                report("b", "SANA", "2016-03-20", killed("Syrian Ministry of Defence", 12, Qualifier.EXACT))));
        Figure f = civiliansKilled(i);
        assertTrue(f.conflict());
        assertEquals(12, f.low());
        assertEquals(39, f.high());
        assertEquals(2, f.sources());
        assertEquals(Grade.CONTESTED, i.grade());
        List<String> sources = i.reports().stream().flatMap(r -> r.mention().claims().stream()).map(Claim::source)
                .toList();
        assertEquals(List.of("SOHR", "Syrian Ministry of Defence"), sources);
    }

    @Test
    void latestFigureOfASourceSupersedesItsEarlier() {
        Incident i = Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("SOHR", 13, Qualifier.EXACT)),
                report("b", "Reuters", "2016-03-20", killed("SOHR", 24, Qualifier.EXACT),
                        killed("SOHR", 13, Qualifier.EXACT))));
        Figure f = civiliansKilled(i);
        assertEquals(24, f.best());
        assertEquals(24, f.low());
        assertFalse(f.conflict());
        assertEquals(1, f.sources());
        assertEquals(3, f.claims());
    }

    @Test
    void aRevisionInTheSameArticleTakesTheHigherToll() {
        Incident i = Reconciler.ucdp().reconcile(List.of(report("a", "AFP", "2016-03-19",
                killed("SOHR", 24, Qualifier.EXACT), killed("SOHR", 13, Qualifier.EXACT))));
        assertEquals(24, civiliansKilled(i).best());
        assertFalse(civiliansKilled(i).conflict());
    }

    @Test
    void aRangeOfOneSourceIsOneWord() {
        Incident i = Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("UN", 35, Qualifier.AT_LEAST), killed("UN", 45, Qualifier.UP_TO)),
                report("b", "BBC", "2016-03-19", killed("SOHR", 40, Qualifier.EXACT))));
        Figure f = civiliansKilled(i);
        assertFalse(f.conflict());
        assertEquals(2, f.sources());
    }

    @Test
    void syndicatedCopyIsNotIndependentConfirmation() {
        Report original = report("afp-1", "AFP", "2016-03-19", killed("reporter", 15, Qualifier.EXACT));
        Report copy = report("naharnet-1", "Naharnet", "2016-03-19", killed("reporter", 15, Qualifier.EXACT))
                .withCopyOf("afp-1");
        Incident i = Reconciler.ucdp().reconcile(List.of(copy, original));
        assertEquals(Grade.SINGLE_SOURCE, i.grade());
        assertEquals(1, civiliansKilled(i).sources());
        assertEquals(2, civiliansKilled(i).claims());

        Report independent = report("bbc-1", "BBC", "2016-03-19", killed("reporter", 15, Qualifier.EXACT));
        Incident confirmed = Reconciler.ucdp().reconcile(List.of(copy, original, independent));
        assertEquals(Grade.SEVERAL_SOURCES, confirmed.grade());
        assertEquals(2, civiliansKilled(confirmed).sources());
    }

    @Test
    void disputedPerpetratorWhenSourcesBlameDifferentActors() {
        Incident i = Reconciler.ucdp().reconcile(List.of(
                report("a", "RT", "2016-03-19", List.of("United States"), killed("SOHR", 39, Qualifier.EXACT)),
                report("b", "AFP", "2016-03-19", List.of("Russia"), killed("SOHR", 39, Qualifier.EXACT))));
        assertTrue(i.disputedPerpetrator());
        assertEquals(List.of("United States", "Russia"), i.perpetrators());
        assertEquals(Grade.CONTESTED, i.grade());

        Incident agreed = Reconciler.ucdp().reconcile(List.of(
                report("a", "RT", "2016-03-19", List.of("Russia", "Syria"), killed("SOHR", 39, Qualifier.EXACT)),
                report("b", "AFP", "2016-03-19", List.of("Russia"), killed("SOHR", 39, Qualifier.EXACT))));
        assertFalse(agreed.disputedPerpetrator());
        assertEquals(Grade.SEVERAL_SOURCES, agreed.grade());
    }

    @Test
    void conservativeRuleTakesLowest() {
        List<Report> reports = List.of(
                report("a", "AFP", "2016-03-19", killed("SOHR", 39, Qualifier.AT_LEAST)),
                report("b", "BBC", "2016-03-19", killed("Raqqa is Being Slaughtered Silently", 45, Qualifier.EXACT)),
                report("c", "CNN", "2016-03-19", killed("Local Council", 60, Qualifier.ABOUT)));
        Figure conservative = civiliansKilled(Reconciler.conservative().reconcile(reports));
        assertEquals(39, conservative.best());
        assertEquals("conservative", conservative.rule());
        Figure ucdp = civiliansKilled(Reconciler.ucdp().reconcile(reports));
        assertEquals(45, ucdp.best());
        assertEquals("ucdp_best", ucdp.rule());
        assertEquals(39, ucdp.low());
        assertEquals(60, ucdp.high());
    }

    @Test
    void tollHistoryFollowsPublicationOrder() {
        List<Report> reports = new ArrayList<>(List.of(
                report("c", "CNN", "2016-03-22", killed("SOHR", 39, Qualifier.EXACT)),
                report("a", "AFP", "2016-03-19", killed("SOHR", 13, Qualifier.EXACT)),
                report("b", "BBC", "2016-03-20", killed("SOHR", 24, Qualifier.EXACT))));
        Incident i = Reconciler.ucdp().reconcile(reports);
        List<Integer> tolls = i.history().stream().map(TollPoint::best).toList();
        assertEquals(List.of(13, 24, 39), tolls);
        assertEquals(List.of("a", "b", "c"), i.history().stream().map(TollPoint::articleId).toList());
        assertEquals(LocalDate.parse("2016-03-19"), i.history().get(0).date());
        assertEquals(List.of("a", "b", "c"), i.reports().stream().map(Report::articleId).toList());
    }

    @Test
    void atLeastTwentyAndTwentyFourDoNotConflict() {
        Figure f = civiliansKilled(Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("SOHR", 20, Qualifier.AT_LEAST)),
                report("b", "BBC", "2016-03-19", killed("Civil Defence", 24, Qualifier.EXACT)))));
        assertFalse(f.conflict());
        Figure twelve = civiliansKilled(Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("SOHR", 20, Qualifier.AT_LEAST)),
                report("b", "BBC", "2016-03-19", killed("Civil Defence", 12, Qualifier.EXACT)))));
        assertTrue(twelve.conflict());
    }

    @Test
    void aLowerTollPublishedBeforeAHigherOneIsNotAConflict() {
        Figure f = civiliansKilled(Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("Police", 13, Qualifier.EXACT)),
                report("b", "BBC", "2016-03-21", killed("Hospital", 24, Qualifier.EXACT)))));
        assertFalse(f.conflict());
        Figure fallen = civiliansKilled(Reconciler.ucdp().reconcile(List.of(
                report("a", "AFP", "2016-03-19", killed("Police", 24, Qualifier.EXACT)),
                report("b", "BBC", "2016-03-21", killed("Hospital", 13, Qualifier.EXACT)))));
        assertTrue(fallen.conflict());
    }

    @Test
    void vagueClaimsAloneGiveNoFigure() {
        String ev = "dozens were killed";
        Claim dozens = new Claim("reporter", Category.KILLED, Group.CIVILIANS, null, Qualifier.VAGUE, ev, 0, ev.length());
        Figure f = civiliansKilled(Reconciler.ucdp().reconcile(List.of(report("a", "AFP", "2016-03-19", dozens))));
        assertEquals(null, f.best());
        assertEquals(0, f.sources());
        assertEquals(1, f.claims());
    }

    @Test
    void refusesReportsOfTwoIncidents() {
        Report a = report("a", "AFP", "2016-03-19", killed("SOHR", 13, Qualifier.EXACT));
        Report b = report("b", "BBC", "2016-03-19", killed("SOHR", 13, Qualifier.EXACT)).withIncidentId("other");
        assertThrows(IllegalArgumentException.class, () -> Reconciler.ucdp().reconcile(List.of(a, b)));
        assertThrows(IllegalArgumentException.class, () -> Reconciler.ucdp().reconcile(List.of()));
        assertEquals(2, Reconciler.ucdp().reconcileAll(List.of(a, b)).size());
    }
}
