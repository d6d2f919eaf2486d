package org.conflictledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A location the ledger cannot use gets one clear error, and whatever is there is left as it was. */
class BadLocationTest {
    @TempDir
    Path dir;

    private static void oneLine(StoreException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aCorruptFileIsRefusedAndLeftUntouched() throws IOException {
        Path db = dir.resolve("ledger.db");
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(db, junk);
        StoreException e = assertThrows(StoreException.class, () -> LedgerStore.open(db.toString()));
        assertTrue(e.getMessage().contains("not a SQLite database"), e.getMessage());
        oneLine(e);
        assertArrayEquals(junk, Files.readAllBytes(db));
    }

    @Test
    void aSqliteFileWithADamagedBodyIsRefusedAndLeftUntouched() throws IOException {
        Path db = dir.resolve("ledger.db");
        try (LedgerStore store = LedgerStore.open(db.toString())) {
            store.add(Entries.entries(Entries.raqqa("r1")));
        }
        byte[] bytes = Files.readAllBytes(db);
        for (int i = 100; i < bytes.length; i++) {
            bytes[i] = (byte) 0xA5; // the header stays, every page is overwritten
        }
        Files.write(db, bytes);
        Files.deleteIfExists(dir.resolve("ledger.db-wal"));
        Files.deleteIfExists(dir.resolve("ledger.db-shm"));
        StoreException e = assertThrows(StoreException.class, () -> LedgerStore.open(db.toString()));
        assertTrue(e.getMessage().contains("ledger database"), e.getMessage());
        oneLine(e);
        assertArrayEquals(bytes, Files.readAllBytes(db));
    }

    @Test
    void anotherApplicationsSqliteDatabaseIsRefusedAndLeftUntouched() throws SQLException, IOException {
        Path db = dir.resolve("shop.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
            s.execute("INSERT INTO customers (name) VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(db);
        StoreException e = assertThrows(StoreException.class, () -> LedgerStore.open(db.toString()));
        assertTrue(e.getMessage().contains("another application") && e.getMessage().contains("customers"), e.getMessage());
        oneLine(e);
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aPathThatCannotBeWrittenIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a directory");
        StoreException underFile = assertThrows(StoreException.class,
                () -> LedgerStore.open(file.resolve("ledger.db").toString()));
        assertTrue(underFile.getMessage().contains("cannot create"), underFile.getMessage());
        StoreException missing = assertThrows(StoreException.class,
                () -> LedgerStore.open(dir.resolve("no/such/dir/ledger.db").toString()));
        assertTrue(missing.getMessage().contains("no directory"), missing.getMessage());
        // procfs takes no new files, even from root
        StoreException proc = assertThrows(StoreException.class, () -> LedgerStore.open("/proc/ledger-test.db"));
        oneLine(proc);
        assertEquals("not a directory", Files.readString(file));
        StoreException isDir = assertThrows(StoreException.class, () -> LedgerStore.open(dir.toString()));
        assertTrue(isDir.getMessage().contains("directory"), isDir.getMessage());
    }

    @Test
    void anUnreachablePostgresServerGivesOneLineWithoutThePassword() {
        StoreException e = assertThrows(StoreException.class,
                () -> LedgerStore.open("postgresql://ledger:s3cret@127.0.0.1:1/ledger?connectTimeout=3"));
        assertTrue(e.getMessage().startsWith("cannot connect to PostgreSQL at postgresql://ledger@127.0.0.1:1/ledger"),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        oneLine(e);
        StoreException scheme = assertThrows(StoreException.class, () -> LedgerStore.open("mysql://root:pw@localhost/x"));
        assertFalse(scheme.getMessage().contains("pw"), scheme.getMessage());
    }

    @Test
    void anotherApplicationsPostgresSchemaIsRefusedAndLeftUntouched() throws SQLException {
        try (TestStores.Location at = TestStores.Location.fresh("postgresql", dir)) {
            try (Connection c = Backend.of(at.location).dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)");
                s.execute("INSERT INTO customers VALUES (1, 'Ada')");
            }
            StoreException e = assertThrows(StoreException.class, at::open);
            assertTrue(e.getMessage().contains("another application") && e.getMessage().contains("customers"), e.getMessage());
            try (Connection c = Backend.of(at.location).dataSource().getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
