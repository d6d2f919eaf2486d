package org.conflictledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Article;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;
import org.conflictledger.store.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ledger serve} over a real SQLite ledger: it serves the API until stopped, and fails with one clear line. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private Path ledger() {
        Path db = dir.resolve("ledger.db");
        String text = "At least 4 people were killed in shelling of Idlib on Monday, rescuers said.";
        Article a = new Article("a1", null, "Wire", LocalDate.of(2019, 5, 6), "Idlib shelling", text);
        String evidence = "At least 4 people were killed in shelling of Idlib on Monday, rescuers said.";
        IncidentMention m = new IncidentMention("a1/1", EventType.SHELLING_ARTILLERY_MISSILE, LocalDate.of(2019, 5, 6),
                LocalDate.of(2019, 5, 6), "Idlib", "Idlib Governorate", "SY", 35.93, 36.63, GeoPrecision.CITY, List.of(),
                false, List.of(new Claim("rescuers", Category.KILLED, Group.ALL, 4, Qualifier.AT_LEAST, evidence, 0,
                evidence.length())));
        try (LedgerStore store = LedgerStore.open(db.toString())) {
            store.add(List.of(new LedgerStore.Entry(a, new Extraction("a1", List.of(m)))));
        }
        return db;
    }

    @Test
    void servesTheLedgerUntilStopped() throws Exception {
        Path db = ledger();
        PipedReader pipe = new PipedReader();
        PrintWriter out = new PrintWriter(new PipedWriter(pipe), true);
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serve = new Thread(() -> code.set(Ledger.execute(out, new PrintWriter(err, true),
                "serve", "--port", "0", "--db", db.toString())));
        serve.start();
        String line = new BufferedReader(pipe).readLine();
        assertNotNull(line, err.toString());
        Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
        assertTrue(url.find(), line);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "api/stats")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, stats.statusCode());
        JsonNode body = Json.mapper().readTree(stats.body());
        assertEquals(1, body.get("incidents").asInt());
        assertEquals(4, body.get("killed_best").asInt());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Conflict Ledger"));
        serve.interrupt();
        serve.join(10_000);
        assertFalse(serve.isAlive());
        assertEquals(0, code.get(), err.toString());
    }

    @Test
    void failsWithOneLineOnABadLedger() throws Exception {
        Path notDb = dir.resolve("notes.db");
        Files.writeString(notDb, "these are not the tables you are looking for");
        StringWriter err = new StringWriter();
        int code = Ledger.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "serve", "--port", "0", "--db", notDb.toString());
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("ledger: ") && err.toString().contains("not a SQLite database"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void failsWithOneLineWhenThePortIsTaken() throws Exception {
        Path db = ledger();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = Ledger.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                    "serve", "--port", String.valueOf(taken.getLocalPort()), "--db", db.toString());
            assertEquals(2, code);
            assertTrue(err.toString().startsWith("ledger: "), err.toString());
            assertTrue(err.toString().contains(String.valueOf(taken.getLocalPort())), err.toString());
        }
    }
}
