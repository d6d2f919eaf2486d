package org.conflictledger.store;

import static org.conflictledger.store.Entries.aleppo;
import static org.conflictledger.store.Entries.entries;
import static org.conflictledger.store.Entries.entry;
import static org.conflictledger.store.Entries.kabul;
import static org.conflictledger.store.Entries.raqqa;
import static org.conflictledger.store.Entries.sanaa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Grade;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;
import org.conflictledger.model.Report;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract, the same on SQLite and on a real PostgreSQL server. */
class LedgerStoreContractTest {
    @TempDir
    Path dir;

    private static IncidentQuery query(String country, String admin1, LocalDate from, LocalDate to, EventType type,
                                       String perpetrator, Integer minKilled, String text) {
        return new IncidentQuery(country, admin1, from, to, type, perpetrator, minKilled, text, IncidentQuery.Sort.DATE_DESC,
                100, 0);
    }

    private static Set<String> locations(List<Incident> incidents) {
        return incidents.stream().map(Incident::location).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void storesAnIncidentWithItsClaimsEvidenceAndArticleText(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            AddSummary s = store.add(entries(raqqa("r1")));
            assertEquals(new AddSummary(1, 0, 0, 1, 1, 1, 0, List.of("r1/1")), s);
            List<Incident> all = store.incidents(IncidentQuery.all());
            assertEquals(1, all.size());
            Incident in = all.get(0);
            assertEquals("r1/1", in.id());
            assertEquals("SY", in.country());
            assertEquals(LocalDate.of(2015, 11, 15), in.dateStart());
            assertEquals(List.of("Russia"), in.perpetrators());
            assertEquals(33, in.best(Category.KILLED, Group.CIVILIANS));
            assertEquals(Grade.SINGLE_SOURCE, in.grade());
            Claim claim = in.reports().get(0).mention().claims().get(0);
            StoredArticle article = store.article("r1").orElseThrow();
            assertEquals(claim.evidence(), article.article().text().substring(claim.start(), claim.end()));
            assertEquals("r1/1", article.extraction().incidents().get(0).incidentId());
            assertNull(article.copyOf());
            assertEquals(in, store.incident("r1/1").orElseThrow());
            assertTrue(store.incident("nope").isEmpty());
            Stats stats = store.stats();
            assertEquals(1, stats.articles());
            assertEquals(1, stats.incidents());
            assertEquals(1, stats.claims());
            assertEquals(33, stats.killedBest());
            assertEquals(1L, stats.incidentsByCountry().get("SY"));
            assertEquals(1L, stats.incidentsByEventType().get("air_strike"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void addingTheSameArticleAgainAddsNothing(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir)) {
            try (LedgerStore store = at.open()) {
                store.add(entries(raqqa("r1"), kabul("k1")));
            }
            try (LedgerStore store = at.open()) { // reopened: the schema is migrated once
                Stats before = store.stats();
                AddSummary again = store.add(entries(raqqa("r1"), kabul("k1")));
                assertEquals(new AddSummary(0, 2, 0, 0, 0, 0, 0), again);
                LedgerStore.Entry sameTextOtherId = entry(kabul("k1-mirror"));
                LedgerStore.Entry original = entry(kabul("k1"));
                AddSummary mirror = store.add(List.of(new LedgerStore.Entry(
                        new org.conflictledger.model.Article("k1-mirror", null, null, null, null,
                                "  " + original.article().text().toUpperCase() + "\n"), sameTextOtherId.extraction())));
                assertEquals(1, mirror.articlesSkipped());
                AddSummary twiceInOneBatch = store.add(entries(sanaa("y1"), sanaa("y1")));
                assertEquals(1, twiceInOneBatch.articlesAdded());
                assertEquals(1, twiceInOneBatch.articlesSkipped());
                assertEquals(before.articles() + 1, store.stats().articles());
                assertEquals(before.incidents() + 1, store.stats().incidents());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void aLaterArticleAboutTheSameIncidentJoinsItAndTheFiguresAreReconciledAgain(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1"), kabul("k1")));
            Entries.Story later = raqqa("r2").withKilled(45, "Raqqa Is Being Slaughtered Silently").outlet("Other Paper")
                    .published(LocalDate.of(2015, 11, 18))
                    .withLead("Activists counted the dead in the city three days after the raids by Russian jets.");
            AddSummary s = store.add(entries(later));
            assertEquals(0, s.incidentsNew(), s.toString());
            assertEquals(1, s.incidentsUpdated(), s.toString());
            assertEquals(List.of("r1/1"), s.touched());
            Incident in = store.incident("r1/1").orElseThrow();
            assertEquals(List.of("r1", "r2"), in.reports().stream().map(Report::articleId).toList());
            assertEquals(Grade.SEVERAL_SOURCES, in.grade());
            assertEquals(2, in.figures().get(0).sources());
            assertEquals(45, in.figures().get(0).high(), in.figures().toString());
            assertEquals(2, in.figures().get(0).claims());
            assertEquals(2, store.stats().incidents());
            assertEquals("r1/1", store.article("r2").orElseThrow().extraction().incidents().get(0).incidentId());
            assertEquals(1, store.count(query(null, null, null, null, null, null, 40, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void aSyndicatedCopyIsStoredAndMarkedAndDoesNotCountAsASecondSource(String backend) {
        String wire = "The Syrian Observatory for Human Rights, a Britain-based monitoring group that relies on a network of"
                + " activists on the ground, said the raids on Sunday night hit a market, two schools and a bakery in the"
                + " eastern districts of the city, where families had gathered after evening prayers. Residents said"
                + " the planes came back twice within an hour and that ambulances could not reach the wounded because"
                + " the roads were blocked by rubble and burning cars.";
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("afp").withLead(wire)));
            AddSummary s = store.add(entries(raqqa("copy").outlet("Reprinter").withLead("REPRINTER NEWS DESK. " + wire)));
            assertEquals(1, s.copies(), s.toString());
            assertEquals("afp", store.article("copy").orElseThrow().copyOf());
            Incident in = store.incident("afp/1").orElseThrow();
            assertEquals(2, in.reports().size());
            assertEquals("afp", in.reports().get(1).copyOf());
            assertEquals(Grade.SINGLE_SOURCE, in.grade());
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void eachFilterSelectsItsIncidents(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1"), aleppo("a1"), kabul("k1"), sanaa("y1")));
            assertEquals(4, store.count(IncidentQuery.all()));
            assertEquals(Set.of("Raqqa", "Aleppo"), locations(store.incidents(query("SY", null, null, null, null, null, null, null))));
            assertEquals(Set.of("Aleppo"), locations(store.incidents(query(null, "aleppo governorate", null, null, null, null, null, null))));
            // a region written another way, matched by the other names the query gives it
            assertEquals(Set.of("Raqqa"), locations(store.incidents(query(null, "Ar-Raqqah", null, null, null, null, null, null)
                    .withAdmin1Names(List.of("Raqqa Governorate")))));
            assertEquals(Set.of(), locations(store.incidents(query(null, "Ar-Raqqah", null, null, null, null, null, null))));
            assertEquals(Set.of("Kabul"), locations(store.incidents(query(null, "Kabul", null, null, null, null, null, null)
                    .withAdmin1Names(List.of("Kabul Province")))));
            assertEquals(Set.of("Aleppo", "Kabul"), locations(store.incidents(
                    query(null, null, LocalDate.of(2016, 1, 1), null, null, null, null, null))));
            assertEquals(Set.of("Raqqa", "Sanaa"), locations(store.incidents(
                    query(null, null, null, LocalDate.of(2015, 12, 31), null, null, null, null))));
            assertEquals(Set.of("Raqqa"), locations(store.incidents(
                    query(null, null, LocalDate.of(2015, 11, 15), LocalDate.of(2015, 11, 15), null, null, null, null))));
            assertEquals(Set.of("Kabul"), locations(store.incidents(query(null, null, null, null, EventType.SUICIDE_BOMB, null, null, null))));
            assertEquals(Set.of("Sanaa"), locations(store.incidents(query(null, null, null, null, null, "saudi-led coalition", null, null))));
            assertEquals(Set.of("Aleppo", "Kabul"), locations(store.incidents(query(null, null, null, null, null, null, 50, null))));
            assertEquals(Set.of("Raqqa"), locations(store.incidents(query("SY", null, null, null, EventType.AIR_STRIKE, "Russia", 10, null))));
            assertEquals(0, store.count(query("IQ", null, null, null, null, null, null, null)));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void sortsAndPages(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1"), aleppo("a1"), kabul("k1"), sanaa("y1")));
            assertEquals(List.of("Kabul", "Aleppo", "Raqqa", "Sanaa"), store.incidents(IncidentQuery.all()).stream()
                    .map(Incident::location).toList());
            IncidentQuery asc = new IncidentQuery(null, null, null, null, null, null, null, null, IncidentQuery.Sort.DATE_ASC, 2, 1);
            assertEquals(List.of("Raqqa", "Aleppo"), store.incidents(asc).stream().map(Incident::location).toList());
            IncidentQuery killed = new IncidentQuery(null, null, null, null, null, null, null, null, IncidentQuery.Sort.KILLED_DESC, 100, 0);
            assertEquals(List.of("Kabul", "Aleppo", "Raqqa", "Sanaa"), store.incidents(killed).stream().map(Incident::location).toList());
            assertEquals(4, store.count(asc));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void fullTextSearchFindsTheWordsOfTheEvidenceAndTheArticle(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1"), aleppo("a1"), kabul("k1")));
            assertEquals(Set.of("Aleppo"), locations(store.incidents(query(null, null, null, null, null, null, null, "civil defence"))));
            assertEquals(Set.of("Kabul"), locations(store.incidents(query(null, null, null, null, null, null, null, "TRUCK bomb"))));
            assertEquals(Set.of("Raqqa", "Aleppo"), locations(store.incidents(query(null, null, null, null, null, null, null, "civilians"))));
            assertEquals(Set.of(), locations(store.incidents(query(null, null, null, null, null, null, null, "earthquake"))));
            assertEquals(1, store.count(query("SY", null, null, null, null, null, null, "observatory")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void sqlInjectionInFiltersFindsNothingAndHarmsNothing(String backend) {
        List<String> attacks = List.of("x' OR '1'='1", "'; DROP TABLE incidents; --", "\" OR 1=1 --", "Raqqa' --",
                "NEAR(a b) OR *", "\") OR rowid > 0 --", "%", "' UNION SELECT id FROM articles --", "\\'; DELETE FROM articles; --");
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1"), kabul("k1")));
            Stats before = store.stats();
            for (String attack : attacks) {
                assertEquals(List.of(), store.incidents(query(null, attack, null, null, null, null, null, null)), attack);
                assertEquals(List.of(), store.incidents(query(null, null, null, null, null, attack, null, null)), attack);
                assertTrue(store.incidents(query(null, null, null, null, null, null, null, attack)).stream()
                        .allMatch(i -> i.location().equals("Raqqa")), attack); // only the words of the attack are searched
                assertTrue(store.article(attack).isEmpty());
                assertTrue(store.incident(attack).isEmpty());
            }
            assertEquals(List.of(), store.incidents(query(null, null, null, null, null, null, null, "' OR 1=1 --")));
            assertEquals(before, store.stats());
            assertEquals(2, store.incidents(IncidentQuery.all()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void anArticleWithNoIncidentIsStoredAndItsTextSearchableButListsNothing(String backend) {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            AddSummary s = store.add(List.of(Entries.quiet("q1", "Nothing happened in the market today.")));
            assertEquals(new AddSummary(1, 0, 0, 0, 0, 0, 0), s);
            assertEquals("Nothing happened in the market today.", store.article("q1").orElseThrow().article().text());
            assertFalse(store.article("q1").orElseThrow().added().isAfter(java.time.Instant.now()));
            assertEquals(0, store.count(IncidentQuery.all()));
            assertEquals(List.of(), store.incidents(query(null, null, null, null, null, null, null, "market")));
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void hostileTextIsStoredWithItsEvidenceStillInPlace(String backend) {
        String lead = "Nul\u0000byte, quotes ' \" ; -- DROP TABLE articles; emoji \uD83D\uDCA5 and a lone \uD800 surrogate.";
        Entries.Story s = raqqa("evil\u0000id").withLead(lead);
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            AddSummary added = store.add(entries(s));
            assertEquals(1, added.articlesAdded());
            StoredArticle a = store.article("evil\u0000id").orElseThrow();
            assertEquals("evil\uFFFDid", a.article().id());
            assertTrue(a.article().text().startsWith("Nul\uFFFDbyte, quotes ' \" ; -- DROP TABLE articles; emoji \uD83D\uDCA5"),
                    a.article().text());
            Claim c = a.extraction().incidents().get(0).claims().get(0);
            assertEquals(c.evidence(), a.article().text().substring(c.start(), c.end()));
            assertEquals(0, store.add(entries(s)).articlesAdded());
            assertEquals(1, store.stats().articles());
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void readersDoNotWaitForAWriter(String backend) throws java.sql.SQLException {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir); LedgerStore store = at.open()) {
            store.add(entries(raqqa("r1")));
            Backend b = Backend.of(at.location);
            try (java.sql.Connection writer = b.dataSource().getConnection()) {
                writer.setAutoCommit(false);
                b.lockForWrite(writer);
                try (java.sql.Statement st = writer.createStatement()) {
                    st.executeUpdate("UPDATE incidents SET location = 'Elsewhere'");
                }
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
                    assertEquals(1, store.stats().incidents());
                    assertEquals("Raqqa", store.incidents(IncidentQuery.all()).get(0).location());
                    assertTrue(store.article("r1").isPresent());
                });
                writer.rollback();
            }
        }
    }
}
