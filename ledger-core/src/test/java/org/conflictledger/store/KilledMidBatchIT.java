package org.conflictledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictledger.model.Incident;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A process killed in the middle of a batch leaves the store exactly as it was before that batch. */
class KilledMidBatchIT {
    @TempDir
    Path dir;

    /** True while a writer holds the store's write lock: a transaction is open. */
    private static boolean writing(TestStores.Location at) {
        try {
            if (at.backend.equals("sqlite")) {
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + at.location);
                     Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 0");
                    try {
                        s.execute("BEGIN IMMEDIATE");
                        s.execute("ROLLBACK");
                        return false;
                    } catch (SQLException busy) {
                        return true;
                    }
                }
            }
            try (Connection c = Backend.of(at.location).dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                         + " AND objid = 727465")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot probe the store: " + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @MethodSource("org.conflictledger.store.TestStores#backends")
    void aProcessKilledMidBatchLeavesTheStoreAsBeforeTheBatch(String backend) throws IOException, InterruptedException {
        try (TestStores.Location at = TestStores.Location.fresh(backend, dir)) {
            Stats before;
            List<Incident> incidentsBefore;
            try (LedgerStore store = at.open()) {
                store.add(KillChild.batch("before", 30));
                before = store.stats();
                incidentsBefore = store.incidents(IncidentQuery.all());
            }
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                    KillChild.class.getName(), at.location, "6000")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null && !line.equals("adding")) {
                    // the child's log before it starts the batch
                }
                assertEquals("adding", line, "the child never started its batch");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (!writing(at) && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertTrue(writing(at), "the child never began its write transaction");
                Thread.sleep(1500); // well inside the batch: it takes far longer than this
                assertTrue(child.isAlive(), "the child finished its batch before it could be killed");
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            } finally {
                child.destroyForcibly();
            }
            try (LedgerStore store = at.open()) {
                assertEquals(before, store.stats());
                assertEquals(incidentsBefore, store.incidents(IncidentQuery.all()));
                assertTrue(store.article("kill-0").isEmpty());
                AddSummary after = store.add(KillChild.batch("after", 5));
                assertEquals(5, after.articlesAdded());
                assertEquals(before.articles() + 5, store.stats().articles());
            }
        }
    }
}
