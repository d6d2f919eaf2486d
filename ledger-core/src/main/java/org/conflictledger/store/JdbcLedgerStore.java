package org.conflictledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.conflictledger.model.Article;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Incident;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Report;
import org.conflictledger.resolve.IncidentResolver;
import org.conflictledger.resolve.Reconciler;
import org.conflictledger.resolve.Syndication;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store over JDBC: one schema, SQLite or PostgreSQL behind a {@link Backend}; a connection per call. */
final class JdbcLedgerStore implements LedgerStore {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcLedgerStore.class);

    private final Backend backend;
    private final IncidentResolver resolver;
    private final Reconciler reconciler;
    private final Syndication syndication;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;

    private JdbcLedgerStore(Backend backend, IncidentResolver resolver, Reconciler reconciler, Syndication syndication) {
        this.backend = backend;
        this.resolver = resolver;
        this.reconciler = reconciler;
        this.syndication = syndication;
    }

    static LedgerStore open(String location) {
        return open(location, IncidentResolver.scoring(), Reconciler.ucdp(), Syndication.minHash());
    }

    /** Opens the store at {@code location} with the given stages; {@code syndication} may be null (no copy detection). */
    static JdbcLedgerStore open(String location, IncidentResolver resolver, Reconciler reconciler, Syndication syndication) {
        Backend backend = Backend.of(location);
        try {
            backend.check();
            Flyway.configure(JdbcLedgerStore.class.getClassLoader())
                    .dataSource(backend.dataSource())
                    .locations(backend.migrations())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            try (Connection c = backend.dataSource().getConnection()) {
                backend.afterMigrate(c);
            }
        } catch (SQLException | FlywayException e) {
            throw new StoreException(backend.describe(e), e);
        }
        LOG.debug("opened the ledger at {}", backend.shown);
        return new JdbcLedgerStore(backend, resolver, reconciler, syndication);
    }

    private Connection connect() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the store at " + backend.shown + " is closed");
        }
        return backend.dataSource().getConnection();
    }

    private Connection read() throws SQLException {
        if (closed) {
            throw new IllegalStateException("the store at " + backend.shown + " is closed");
        }
        return backend.readSource().getConnection();
    }

    @Override
    public AddSummary add(List<Entry> batch) {
        java.util.Objects.requireNonNull(batch, "batch");
        writeLock.lock();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try {
                backend.lockForWrite(c);
                AddSummary s = new BatchWriter(c, backend, resolver, reconciler, syndication).add(batch);
                c.commit();
                return s;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("batch not stored, the ledger is as it was: " + backend.describe(e), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** The WHERE clause of a query's filters, with its values. */
    private record Filter(String where, List<Rows.Binder> params, boolean empty) {
    }

    private Filter filter(IncidentQuery q) {
        StringBuilder w = new StringBuilder("1 = 1");
        List<Rows.Binder> p = new ArrayList<>();
        if (q.country() != null) {
            w.append(" AND i.country = ?");
            p.add(Rows.text(q.country()));
        }
        if (q.admin1() != null) {
            // as written ("aleppo governorate"), or by another name of the region ("Al-Hasakah Governorate" for "Hasakeh")
            w.append(" AND (i.admin1 = ? OR LOWER(i.admin1) = ?"); // SQLite's LOWER folds ASCII only
            p.add(Rows.text(q.admin1()));
            p.add(Rows.text(q.admin1().toLowerCase(Locale.ROOT)));
            for (String name : q.admin1Names()) {
                w.append(" OR i.admin1 = ?");
                p.add(Rows.text(name));
            }
            w.append(")");
        }
        if (q.from() != null) {
            w.append(" AND COALESCE(i.date_end, i.date_start) >= ?");
            LocalDate d = q.from();
            p.add((ps, i) -> backend.setDate(ps, i, d));
        }
        if (q.to() != null) {
            w.append(" AND i.date_start <= ?");
            LocalDate d = q.to();
            p.add((ps, i) -> backend.setDate(ps, i, d));
        }
        if (q.eventType() != null) {
            w.append(" AND i.event_type = ?");
            p.add(Rows.text(q.eventType().code()));
        }
        if (q.perpetrator() != null) {
            w.append(" AND EXISTS (SELECT 1 FROM incident_perpetrators ip WHERE ip.incident_id = i.id AND ip.actor_key = ?)");
            p.add(Rows.text(BatchWriter.actorKey(q.perpetrator())));
        }
        if (q.minKilled() != null) {
            w.append(" AND i.killed_best >= ?");
            p.add(Rows.integerValue(q.minKilled()));
        }
        boolean empty = false;
        if (q.text() != null) {
            String t = backend.textQuery(q.text());
            if (t == null) {
                empty = true;
            } else {
                w.append(" AND i.id IN (SELECT r.incident_id FROM reports r JOIN articles a ON a.id = r.article_id WHERE ")
                        .append(backend.textMatch("a")).append(')');
                p.add(Rows.text(t));
            }
        }
        return new Filter(w.toString(), p, empty);
    }

    private static String orderBy(IncidentQuery.Sort sort) {
        return switch (sort) {
            case DATE_DESC -> " ORDER BY (i.date_start IS NULL), i.date_start DESC, i.id";
            case DATE_ASC -> " ORDER BY (i.date_start IS NULL), i.date_start ASC, i.id";
            case KILLED_DESC -> " ORDER BY (i.killed_best IS NULL), i.killed_best DESC, (i.date_start IS NULL),"
                    + " i.date_start DESC, i.id";
        };
    }

    @Override
    public List<Incident> incidents(IncidentQuery query) {
        java.util.Objects.requireNonNull(query, "query");
        Filter f = filter(query);
        if (f.empty()) {
            return List.of();
        }
        String sql = "SELECT " + Rows.INCIDENT_COLUMNS + " FROM incidents i WHERE " + f.where() + orderBy(query.sort())
                + " LIMIT ? OFFSET ?";
        try (Connection c = read()) {
            c.setAutoCommit(false); // one snapshot for the summaries and their reports
            try {
                List<Rows.Summary> summaries = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Rows.bind(ps, f.params(), 1);
                    ps.setInt(f.params().size() + 1, query.limit());
                    ps.setInt(f.params().size() + 2, query.offset());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            summaries.add(Rows.Summary.read(rs));
                        }
                    }
                }
                Map<String, List<Report>> reports = Rows.reportsOf(c, summaries.stream().map(Rows.Summary::id).toList());
                List<Incident> out = new ArrayList<>(summaries.size());
                for (Rows.Summary s : summaries) {
                    List<Report> rep = reports.get(s.id());
                    if (rep != null) {
                        out.add(s.with(rep));
                    }
                }
                return out;
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(backend.describe(e), e);
        }
    }

    @Override
    public long count(IncidentQuery query) {
        java.util.Objects.requireNonNull(query, "query");
        Filter f = filter(query);
        if (f.empty()) {
            return 0;
        }
        try (Connection c = read();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM incidents i WHERE " + f.where())) {
            Rows.bind(ps, f.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(backend.describe(e), e);
        }
    }

    @Override
    public Optional<Incident> incident(String id) {
        java.util.Objects.requireNonNull(id, "id");
        try (Connection c = read()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Rows.INCIDENT_COLUMNS + " FROM incidents i WHERE i.id = ?")) {
                Rows.setText(ps, 1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Rows.Summary summary = Rows.Summary.read(rs);
                    List<Report> reports = Rows.reportsOf(c, List.of(id)).get(id);
                    return reports == null ? Optional.empty() : Optional.of(summary.with(reports));
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(backend.describe(e), e);
        }
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        java.util.Objects.requireNonNull(id, "id");
        try (Connection c = read()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, url, outlet, published, title, text, copy_of, added FROM articles WHERE id = ?")) {
                Rows.setText(ps, 1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Article a = new Article(rs.getString("id"), rs.getString("url"), rs.getString("outlet"),
                            Backend.getDate(rs, "published"), rs.getString("title"), rs.getString("text"));
                    List<Report> reports = Rows.reports(c, "r.article_id = ?", List.of(Rows.text(id)));
                    List<IncidentMention> mentions = new ArrayList<>();
                    for (Report r : reports) {
                        mentions.add(r.mention());
                    }
                    return Optional.of(new StoredArticle(a, new Extraction(id, mentions), rs.getString("copy_of"),
                            backend.getInstant(rs, "added")));
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(backend.describe(e), e);
        }
    }

    @Override
    public Stats stats() {
        try (Connection c = read()) {
            c.setAutoCommit(false);
            try {
                long articles = single(c, "SELECT COUNT(*) FROM articles");
                long reports = single(c, "SELECT COUNT(*) FROM reports");
                long claims = single(c, "SELECT COUNT(*) FROM claims");
                long incidents;
                long killed;
                LocalDate first;
                LocalDate last;
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) AS n, COALESCE(SUM(killed_best), 0) AS k,"
                        + " MIN(date_start) AS first, MAX(COALESCE(date_end, date_start)) AS last FROM incidents");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    incidents = rs.getLong("n");
                    killed = rs.getLong("k");
                    first = Backend.getDate(rs, "first");
                    last = Backend.getDate(rs, "last");
                }
                return new Stats(articles, incidents, reports, claims, killed, first, last,
                        groups(c, "COALESCE(country, '')"), groups(c, "event_type"));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException(backend.describe(e), e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Incident counts per value of a fixed column expression (never user input). */
    private static Map<String, Long> groups(Connection c, String column) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " AS k, COUNT(*) AS n FROM incidents GROUP BY " + column);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("k"), rs.getLong("n"));
            }
        }
        return out;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "LedgerStore[" + backend.shown + "]";
    }
}
