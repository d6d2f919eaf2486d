package org.conflictledger.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The backends every store test runs on: a SQLite file in a temporary folder, and a real PostgreSQL server
 * named by the system property {@code ledger.test.pg} or the environment variable {@code LEDGER_TEST_PG}
 * (for example {@code postgresql://ledger:ledger@localhost:5432/ledger_test}), each test in a schema of its own.
 * Without a server the PostgreSQL cases are skipped locally, and fail under CI (the {@code CI} variable set).
 */
final class TestStores {
    private TestStores() {
    }

    static Stream<String> backends() {
        return Stream.of("sqlite", "postgresql");
    }

    /** The PostgreSQL URL to test against; skips (or fails under CI) when there is none or it does not answer. */
    static String postgresUrl() {
        String url = System.getProperty("ledger.test.pg");
        if (url == null || url.isBlank()) {
            url = System.getenv("LEDGER_TEST_PG");
        }
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (url == null || url.isBlank()) {
            if (ci) {
                fail("CI must test PostgreSQL: set LEDGER_TEST_PG to a postgresql:// URL");
            }
            Assumptions.abort("no PostgreSQL to test against: set LEDGER_TEST_PG");
        }
        try (Connection c = Backend.of(url).dataSource().getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            if (ci) {
                fail("PostgreSQL at LEDGER_TEST_PG does not answer: " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL at LEDGER_TEST_PG does not answer: " + e.getMessage());
        }
        return url;
    }

    /** A fresh, empty store location on a backend, removed by {@link #close()}. */
    static final class Location implements AutoCloseable {
        final String backend;
        final String location;
        private final String schema;
        private final String server;

        private Location(String backend, String location, String schema, String server) {
            this.backend = backend;
            this.location = location;
            this.schema = schema;
            this.server = server;
        }

        static Location fresh(String backend, Path dir) {
            if (backend.equals("sqlite")) {
                return new Location(backend, dir.resolve("ledger-" + UUID.randomUUID() + ".db").toString(), null, null);
            }
            String url = postgresUrl();
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
            execute(url, "CREATE SCHEMA " + schema);
            return new Location(backend, url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema, url);
        }

        LedgerStore open() {
            return LedgerStore.open(location);
        }

        @Override
        public void close() {
            if (schema != null) {
                execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }

        private static void execute(String url, String sql) {
            try (Connection c = Backend.of(url).dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL test setup failed: " + sql, e);
            }
        }

        @Override
        public String toString() {
            return backend;
        }
    }
}
