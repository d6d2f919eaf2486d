package org.conflictledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What differs between SQLite and PostgreSQL: how a location opens, how dates and instants bind, how text is
 * matched, how writers exclude each other, and how a driver's error reads to a user.
 */
abstract class Backend {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The location as it may be shown (no password). */
    final String shown;

    Backend(String shown) {
        this.shown = shown;
    }

    static Backend of(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("location must name a SQLite file or a postgresql:// URL");
        }
        String l = location.strip();
        String lower = l.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("jdbc:postgresql://")) {
            return Postgres.of(l);
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new StoreException("unsupported database URL " + l.replaceAll("//[^@/]*@", "//") + ": use a file path or postgresql://");
        }
        return new Sqlite(Path.of(l));
    }

    /** The Flyway location of this backend's migrations. */
    abstract String migrations();

    /** Connections for writing (and migrating). */
    abstract DataSource dataSource();

    /** Connections for reading: their transactions take no write lock. */
    DataSource readSource() {
        return dataSource();
    }

    /** Checks the location before anything is written; fails with one clear message, touching nothing. */
    abstract void check() throws SQLException;

    /** Settings made once the schema is current. */
    void afterMigrate(Connection c) throws SQLException {
    }

    /** Run at the start of a write transaction so that writers of other processes wait. */
    abstract void lockForWrite(Connection c) throws SQLException;

    abstract void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException;

    abstract void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException;

    abstract Instant getInstant(ResultSet rs, String column) throws SQLException;

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    }

    /**
     * A condition on {@code a} (the articles table) true when the article's title or text holds every word of
     * the query, with the value to bind; words are letters and digits only, so no search syntax reaches the
     * database. Null when the query has no word.
     */
    abstract String textMatch(String alias);

    /** The value to bind to {@link #textMatch}, or null when the query has no word (it then matches nothing). */
    abstract String textQuery(String text);

    /** The text's words, at most 32 of at most 64 characters. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && out.size() < 32) {
            String w = m.group();
            out.add(w.length() > 64 ? w.substring(0, 64) : w);
        }
        return out;
    }

    /** Inserts the article's row of the full-text index, if this backend keeps one beside the table. */
    void indexText(Connection c, String articleId) throws SQLException {
    }

    /** A user's message for a driver or migration error at this location. */
    abstract String describe(Throwable e);

    static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** A SQLite file. */
    static final class Sqlite extends Backend {
        private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        private final Path file;
        private final SQLiteDataSource ds;
        private final SQLiteDataSource readDs;

        Sqlite(Path file) {
            super(file.toString());
            this.file = file.toAbsolutePath().normalize();
            SQLiteConfig config = new SQLiteConfig();
            config.setBusyTimeout(30_000);
            config.enforceForeignKeys(true);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            this.ds = new SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + this.file);
            SQLiteConfig read = new SQLiteConfig();
            read.setBusyTimeout(30_000);
            read.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
            this.readDs = new SQLiteDataSource(read);
            readDs.setUrl("jdbc:sqlite:" + this.file);
        }

        @Override
        DataSource readSource() {
            return readDs; // in WAL mode a deferred read sees one snapshot and neither waits for nor blocks the writer
        }

        @Override
        String migrations() {
            return "classpath:db/migration/sqlite";
        }

        @Override
        DataSource dataSource() {
            return ds;
        }

        @Override
        void check() throws SQLException {
            if (Files.isDirectory(file)) {
                throw new StoreException("cannot open the ledger database " + shown + ": it is a directory");
            }
            if (Files.exists(file)) {
                byte[] head = new byte[MAGIC.length];
                int n;
                try (InputStream in = Files.newInputStream(file)) {
                    n = in.readNBytes(head, 0, head.length);
                } catch (IOException e) {
                    throw new StoreException("cannot read the ledger database " + shown + ": " + e.getMessage(), e);
                }
                if (n > 0 && (n < MAGIC.length || !Arrays.equals(head, MAGIC))) {
                    throw new StoreException("cannot open the ledger database " + shown
                            + ": not a SQLite database (corrupt, or another kind of file); left untouched");
                }
                if (!Files.isWritable(file)) {
                    throw new StoreException("cannot write the ledger database " + shown + ": the file is read-only");
                }
            } else {
                Path dir = file.getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new StoreException("cannot create the ledger database " + shown + ": no directory " + dir);
                }
                if (!Files.isWritable(dir)) {
                    throw new StoreException("cannot create the ledger database " + shown + ": the directory is read-only");
                }
                return;
            }
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
                    throw new StoreException("cannot open the ledger database " + shown
                            + ": it is another application's SQLite database (tables " + shown(tables) + "); left untouched");
                }
            }
        }

        @Override
        void afterMigrate(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
            }
        }

        @Override
        void lockForWrite(Connection c) {
            // the IMMEDIATE transaction mode takes the write lock at BEGIN
        }

        @Override
        void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
            if (d == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, d.toString());
            }
        }

        @Override
        void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
            ps.setString(i, t.toString());
        }

        @Override
        Instant getInstant(ResultSet rs, String column) throws SQLException {
            return Instant.parse(rs.getString(column));
        }

        @Override
        String textMatch(String alias) {
            return alias + ".seq IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)";
        }

        @Override
        String textQuery(String text) {
            List<String> words = words(text);
            if (words.isEmpty()) {
                return null;
            }
            StringBuilder q = new StringBuilder();
            for (String w : words) {
                q.append(q.length() == 0 ? "" : " ").append('"').append(w).append('"');
            }
            return q.toString();
        }

        @Override
        void indexText(Connection c, String articleId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE id = ?")) {
                ps.setString(1, articleId);
                ps.executeUpdate();
            }
        }

        @Override
        String describe(Throwable e) {
            SQLException s = sqlCause(e);
            if (s instanceof SQLiteException x) {
                SQLiteErrorCode code = x.getResultCode();
                String what = switch (code.code & 0xff) {
                    case 26 -> "not a SQLite database (corrupt, or another kind of file)"; // SQLITE_NOTADB
                    case 11 -> "the database file is corrupt"; // SQLITE_CORRUPT
                    case 8 -> "the file or its directory is read-only"; // SQLITE_READONLY
                    case 14 -> "cannot open the file (missing or read-only directory?)"; // SQLITE_CANTOPEN
                    case 13 -> "the disk is full"; // SQLITE_FULL
                    case 5, 6 -> "the database is locked by another process"; // SQLITE_BUSY, SQLITE_LOCKED
                    case 10 -> "input/output error"; // SQLITE_IOERR
                    default -> code.name();
                };
                return "ledger database " + shown + ": " + what;
            }
            return "ledger database " + shown + ": " + firstLine(s != null ? s.getMessage() : String.valueOf(e.getMessage()));
        }
    }

    /** A PostgreSQL database. */
    static final class Postgres extends Backend {
        private final PGSimpleDataSource ds;

        private Postgres(String shown, PGSimpleDataSource ds) {
            super(shown);
            this.ds = ds;
        }

        static Postgres of(String location) {
            String rest = location.substring(location.indexOf("://") + 3);
            URI uri;
            try {
                uri = new URI("postgresql://" + rest);
            } catch (URISyntaxException e) {
                throw new StoreException("not a PostgreSQL URL (postgresql://user:password@host:port/database): "
                        + location.replaceAll("//[^@/]*@", "//"), e);
            }
            if (uri.getHost() == null) {
                throw new StoreException("no host in the PostgreSQL URL " + location.replaceAll("//[^@/]*@", "//"));
            }
            String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "" : uri.getPath().substring(1);
            String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] up = uri.getRawUserInfo().split(":", 2);
                user = URLDecoder.decode(up[0], StandardCharsets.UTF_8);
                password = up.length > 1 ? URLDecoder.decode(up[1], StandardCharsets.UTF_8) : null;
            }
            String shown = "postgresql://" + (user == null ? "" : user + "@") + hostPort + "/" + db;
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL("jdbc:postgresql://" + hostPort + "/" + db + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            if (user != null) {
                ds.setUser(user);
            }
            if (password != null) {
                ds.setPassword(password);
            }
            if (uri.getRawQuery() == null || !uri.getRawQuery().contains("connectTimeout")) {
                ds.setConnectTimeout(10);
            }
            ds.setApplicationName("conflict-ledger");
            return new Postgres(shown, ds);
        }

        @Override
        String migrations() {
            return "classpath:db/migration/postgresql";
        }

        @Override
        DataSource dataSource() {
            return ds;
        }

        @Override
        void check() throws SQLException {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                         + " WHERE table_schema = current_schema() ORDER BY table_name");
                 ResultSet rs = ps.executeQuery()) {
                List<String> tables = new ArrayList<>();
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
                if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
                    throw new StoreException("cannot use " + shown + ": its schema holds another application's tables ("
                            + shown(tables) + "); left untouched");
                }
            }
        }

        @Override
        void lockForWrite(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(727465)"); // one ledger writer at a time
            }
        }

        @Override
        void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
            if (d == null) {
                ps.setNull(i, Types.DATE);
            } else {
                ps.setObject(i, d);
            }
        }

        @Override
        void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
            ps.setObject(i, t.atOffset(ZoneOffset.UTC));
        }

        @Override
        Instant getInstant(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }

        @Override
        String textMatch(String alias) {
            return alias + ".tsv @@ plainto_tsquery('english', ?)";
        }

        @Override
        String textQuery(String text) {
            List<String> words = words(text);
            return words.isEmpty() ? null : String.join(" ", words);
        }

        @Override
        String describe(Throwable e) {
            SQLException s = sqlCause(e);
            String state = s == null ? null : s.getSQLState();
            if (state != null && state.startsWith("08")) {
                return "cannot connect to PostgreSQL at " + shown + ": " + firstLine(s.getMessage());
            }
            if ("28P01".equals(state) || "28000".equals(state)) {
                return "PostgreSQL at " + shown + " refused the login: " + firstLine(s.getMessage());
            }
            if ("3D000".equals(state)) {
                return "PostgreSQL at " + shown + ": no such database";
            }
            return "PostgreSQL at " + shown + ": " + firstLine(s != null ? s.getMessage() : String.valueOf(e.getMessage()));
        }
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String shown(List<String> tables) {
        List<String> head = tables.subList(0, Math.min(5, tables.size()));
        return String.join(", ", head) + (tables.size() > 5 ? ", ..." : "");
    }
}
