package org.conflictledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.model.Incident;
import org.conflictledger.model.Json;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;
import org.conflictledger.store.Stats;
import org.conflictledger.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run, incidents and export end to end over the bundled examples, with the real models and a real SQLite file. */
class LedgerStoreCommandsIT {
    @TempDir
    static Path dir;

    static Path db;
    static Outcome first;


    @BeforeAll
    static void runTheExamples() {
        db = dir.resolve("ledger.db");
        first = CliRun.ledger("run", "../examples", "--threads", "2", "--db", db.toString());
    }

    private static List<Incident> stored() {
        try (LedgerStore store = LedgerStore.open(db.toString())) {
            return store.incidents(new IncidentQuery(null, null, null, null, null, null, null, null,
                    IncidentQuery.Sort.DATE_ASC, IncidentQuery.MAX_LIMIT, 0));
        }
    }

    @Test
    void runStoresTheExamplesAndASecondRunAddsNothing() {
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Raqqa"), first.out());
        assertTrue(first.out().matches("(?s).*9 articles read: 9 added, 0 already stored; \\d+ incident reports with \\d+ claims;"
                + " \\d+ new incidents, 0 updated.*"), first.out());
        Stats before;
        try (LedgerStore store = LedgerStore.open(db.toString())) {
            before = store.stats();
        }
        assertEquals(9, before.articles());
        assertTrue(before.incidents() > 5, before.toString());
        Outcome again = CliRun.ledger("run", "../examples", "--threads", "2", "--db", db.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("9 articles read: 0 added, 9 already stored; 0 incident reports with 0 claims;"
                + " 0 new incidents, 0 updated"), again.out());
        try (LedgerStore store = LedgerStore.open(db.toString())) {
            assertEquals(before, store.stats());
        }
    }

    @Test
    void incidentsFiltersAndPrintsATableOrJson() throws IOException {
        Outcome json = CliRun.ledger("incidents", "--db", db.toString(), "--country", "sy", "--format", "json", "--limit", "500");
        assertEquals(0, json.code(), json.err());
        JsonNode array = Json.mapper().readTree(json.out());
        assertTrue(array.isArray() && array.size() > 0, json.out());
        for (JsonNode i : array) {
            assertEquals("SY", i.get("country").asText());
        }
        Outcome bombs = CliRun.ledger("incidents", "--db", db.toString(), "--type", "suicide_bomb");
        assertEquals(0, bombs.code(), bombs.err());
        assertTrue(bombs.out().contains("Hasaka") && !bombs.out().contains("Raqqah"), bombs.out());
        Outcome killed = CliRun.ledger("incidents", "--db", db.toString(), "--sort", "killed", "--min-killed", "100", "--format", "json");
        JsonNode top = Json.mapper().readTree(killed.out());
        assertTrue(top.size() > 0, killed.out());
        Outcome searched = CliRun.ledger("incidents", "--db", db.toString(), "--search", "Hasaka");
        assertTrue(searched.out().contains("Hasaka"), searched.out());
        Outcome spelled = CliRun.ledger("incidents", "--db", db.toString(), "--admin1", "Hasakeh", "--format", "json");
        assertEquals(0, spelled.code(), spelled.err());
        JsonNode hasakah = Json.mapper().readTree(spelled.out());
        assertTrue(hasakah.size() > 0, spelled.out()); // stored as "Al-Hasakah Governorate"
        for (JsonNode i : hasakah) {
            assertEquals("Al-Hasakah Governorate", i.get("admin1").asText());
        }
        Outcome injected = CliRun.ledger("incidents", "--db", db.toString(), "--admin1", "x' OR '1'='1", "--search", "\") OR 1=1; --");
        assertEquals(0, injected.code(), injected.err());
        assertTrue(injected.out().contains("0 of 0 incidents"), injected.out());
        Outcome bad = CliRun.ledger("incidents", "--db", db.toString(), "--country", "Syria");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
    }

    /** The cells of one CSV record (RFC 4180 quoting). */
    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    @Test
    void exportsCsvWithAcledColumnsAndTheLedgersOwn() throws IOException {
        Path csv = dir.resolve("out.csv");
        Outcome o = CliRun.ledger("export", "--db", db.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = cells(lines.get(0));
        assertEquals(List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
                "latitude", "longitude", "geo_precision", "fatalities", "notes", "source"), header.subList(0, 13));
        assertTrue(header.containsAll(List.of("killed_low", "killed_best", "killed_high", "conflict", "claims")), header.toString());
        List<Incident> incidents = stored();
        assertEquals(incidents.size() + 1, lines.size());
        for (int r = 1; r < lines.size(); r++) {
            List<String> row = cells(lines.get(r));
            assertEquals(header.size(), row.size(), lines.get(r));
            Integer.parseInt(row.get(header.indexOf("fatalities")));
            Integer.parseInt(row.get(header.indexOf("claims")));
            assertTrue(List.of("true", "false").contains(row.get(header.indexOf("conflict"))));
            assertFalse(row.get(header.indexOf("event_type")).isEmpty());
        }
    }

    @Test
    void exportsGeoJsonPointsAtLonLat() throws IOException {
        Path out = dir.resolve("out.geojson");
        Outcome o = CliRun.ledger("export", "--db", db.toString(), "--format", "geojson", "--out", out.toString());
        assertEquals(0, o.code(), o.err());
        JsonNode fc = Json.mapper().readTree(out.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        List<Incident> incidents = stored();
        int located = (int) incidents.stream().filter(i -> i.lat() != null && i.lon() != null).count();
        assertEquals(located, fc.get("features").size());
        assertTrue(located > 0);
        for (JsonNode f : fc.get("features")) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.get("geometry").get("type").asText());
            Incident i = incidents.stream().filter(x -> x.id().equals(f.get("properties").get("incident_id").asText()))
                    .findFirst().orElseThrow();
            assertEquals(i.lon(), f.get("geometry").get("coordinates").get(0).asDouble(), 1e-9);
            assertEquals(i.lat(), f.get("geometry").get("coordinates").get(1).asDouble(), 1e-9);
            assertTrue(f.get("properties").get("event_type").isTextual());
        }
    }

    @Test
    void exportsJsonLinesThatReadBackAsTheStoredIncidents() throws IOException {
        Outcome o = CliRun.ledger("export", "--db", db.toString(), "--format", "jsonl");
        assertEquals(0, o.code(), o.err());
        List<Incident> read = new ArrayList<>();
        for (String line : o.out().split("\n")) {
            read.add(Json.mapper().readValue(line, Incident.class));
        }
        assertEquals(stored(), read);
        assertTrue(read.stream().flatMap(i -> i.reports().stream()).flatMap(r -> r.mention().claims().stream())
                .allMatch(c -> !c.evidence().isEmpty()));
    }

    @Test
    void aBadDatabaseGetsOneLineAndANonZeroExit() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.db"), "this is not a database, just some text\n".repeat(20));
        Outcome corrupt = CliRun.ledger("incidents", "--db", junk.toString());
        assertNotEquals(0, corrupt.code());
        assertEquals(1, corrupt.err().strip().lines().count(), corrupt.err());
        assertTrue(corrupt.err().startsWith("ledger: cannot open the ledger database"), corrupt.err());
        Outcome unreachable = CliRun.ledger("export", "--db", "postgresql://u:secret@127.0.0.1:1/x?connectTimeout=3", "--format", "csv");
        assertNotEquals(0, unreachable.code());
        assertEquals(1, unreachable.err().strip().lines().count(), unreachable.err());
        assertFalse(unreachable.err().contains("secret"));
    }
}
