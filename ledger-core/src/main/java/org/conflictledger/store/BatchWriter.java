package org.conflictledger.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.conflictledger.model.Article;
import org.conflictledger.model.Claim;
import org.conflictledger.model.Figure;
import org.conflictledger.model.Incident;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Report;
import org.conflictledger.resolve.IncidentResolver;
import org.conflictledger.resolve.Reconciler;
import org.conflictledger.resolve.Syndication;

/**
 * One batch written inside the caller's transaction: new articles stored (seen ones skipped, copies marked),
 * their reports resolved against the stored ones nearby in place and time, touched incidents re-reconciled.
 */
final class BatchWriter {
    private final Connection c;
    private final Backend backend;
    private final IncidentResolver resolver;
    private final Reconciler reconciler;
    private final Syndication syndication;
    private final Instant now = Instant.now();

    BatchWriter(Connection c, Backend backend, IncidentResolver resolver, Reconciler reconciler, Syndication syndication) {
        this.c = c;
        this.backend = backend;
        this.resolver = resolver;
        this.reconciler = reconciler;
        this.syndication = syndication;
    }

    /** The lower-case key a perpetrator is filtered by. */
    static String actorKey(String actor) {
        return actor.strip().toLowerCase(Locale.ROOT);
    }

    /** SHA-256 of the text folded to lower case with runs of white space made one space. */
    static String textHash(String text) {
        String folded = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    AddSummary add(List<LedgerStore.Entry> batch) throws SQLException {
        int added = 0;
        int skipped = 0;
        int copies = 0;
        Set<String> ids = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        List<Report> incoming = new ArrayList<>();
        for (LedgerStore.Entry raw : batch) {
            LedgerStore.Entry e = cleaned(raw);
            Article a = e.article();
            String hash = textHash(a.text());
            if (!ids.add(a.id()) || !hashes.add(hash) || seen(a.id(), hash)) {
                skipped++;
                continue;
            }
            byte[] signature = syndication == null ? null : syndication.signature(a.text());
            List<String> bands = signature == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(syndication.bandKeys(signature)));
            String copyOf = signature == null ? null : original(signature, bands);
            insertArticle(a, hash, signature, copyOf, bands);
            added++;
            if (copyOf != null) {
                copies++;
            }
            List<IncidentMention> ms = e.extraction().incidents();
            for (int i = 0; i < ms.size(); i++) {
                incoming.add(new Report(a.id(), i, a.outlet(), a.published(), copyOf, ms.get(i)));
            }
        }
        if (incoming.isEmpty()) {
            return new AddSummary(added, skipped, copies, 0, 0, 0, 0);
        }
        List<Report> resolved = resolver.resolve(known(incoming), incoming);
        int claims = 0;
        Set<String> touched = new TreeSet<>();
        for (int i = 0; i < resolved.size(); i++) {
            Report r = resolved.get(i);
            insertReport(r, incoming.get(i).incidentId());
            claims += r.mention().claims().size();
            touched.add(r.incidentId());
        }
        Set<String> existing = existing(touched);
        Map<String, List<Report>> reports = Rows.reportsOf(c, touched);
        for (String id : touched) {
            store(reconciler.reconcile(reports.get(id)), existing.contains(id));
        }
        return new AddSummary(added, skipped, copies, resolved.size(), claims, touched.size() - existing.size(), existing.size(),
                List.copyOf(touched));
    }

    /** The entry with every text as the database holds it (see {@link Rows#clean}). */
    static LedgerStore.Entry cleaned(LedgerStore.Entry e) {
        Article a = e.article();
        List<IncidentMention> ms = new ArrayList<>();
        for (IncidentMention m : e.extraction().incidents()) {
            List<Claim> claims = new ArrayList<>();
            for (Claim c : m.claims()) {
                claims.add(new Claim(Rows.clean(c.source()), c.category(), c.group(), c.value(), c.qualifier(),
                        Rows.clean(c.evidence()), c.start(), c.end()));
            }
            List<String> perpetrators = new ArrayList<>();
            for (String p : m.perpetrators()) {
                perpetrators.add(Rows.clean(p));
            }
            ms.add(new IncidentMention(Rows.clean(m.incidentId()), m.eventType(), m.dateStart(), m.dateEnd(),
                    Rows.clean(m.location()), Rows.clean(m.admin1()), m.country(), m.lat(), m.lon(), m.geoPrecision(),
                    perpetrators, m.disputedPerpetrator(), claims));
        }
        String id = Rows.clean(a.id());
        return new LedgerStore.Entry(new Article(id, Rows.clean(a.url()), Rows.clean(a.outlet()), a.published(),
                Rows.clean(a.title()), Rows.clean(a.text())), new org.conflictledger.model.Extraction(id, ms));
    }

    private boolean seen(String id, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ? OR text_hash = ?")) {
            Rows.setText(ps, 1, id);
            Rows.setText(ps, 2, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The stored article this text republishes (the first one stored of its story), or null. */
    private String original(byte[] signature, List<String> bands) throws SQLException {
        if (bands.isEmpty()) {
            return null;
        }
        Map<String, Object[]> candidates = new LinkedHashMap<>();
        for (int from = 0; from < bands.size(); from += Rows.CHUNK) {
            List<String> part = bands.subList(from, Math.min(bands.size(), from + Rows.CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT a.seq, a.id, a.copy_of, a.signature FROM article_bands b"
                    + " JOIN articles a ON a.id = b.article_id WHERE b.band IN (" + Rows.placeholders(part.size()) + ") ORDER BY a.seq")) {
                for (int i = 0; i < part.size(); i++) {
                    Rows.setText(ps, i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.putIfAbsent(rs.getString("id"), new Object[] {rs.getString("copy_of"), rs.getBytes("signature")});
                    }
                }
            }
        }
        for (Map.Entry<String, Object[]> cand : candidates.entrySet()) {
            byte[] other = (byte[]) cand.getValue()[1];
            if (other != null && syndication.isCopy(signature, other)) {
                String of = (String) cand.getValue()[0];
                return of != null ? of : cand.getKey();
            }
        }
        return null;
    }

    private void insertArticle(Article a, String hash, byte[] signature, String copyOf, List<String> bands) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, url, outlet, published, title, text,"
                + " text_hash, signature, copy_of, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.setText(ps, 1, a.id());
            Rows.setText(ps, 2, a.url());
            Rows.setText(ps, 3, a.outlet());
            backend.setDate(ps, 4, a.published());
            Rows.setText(ps, 5, a.title());
            Rows.setText(ps, 6, a.text());
            Rows.setText(ps, 7, hash);
            ps.setBytes(8, signature);
            Rows.setText(ps, 9, copyOf);
            backend.setInstant(ps, 10, now);
            ps.executeUpdate();
        }
        backend.indexText(c, a.id());
        if (!bands.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO article_bands (band, article_id) VALUES (?, ?)")) {
                for (String b : bands) {
                    Rows.setText(ps, 1, b);
                    Rows.setText(ps, 2, a.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /**
     * The stored reports an incoming one could join: those of the same country whose dates lie within
     * {@link IncidentResolver#WINDOW_DAYS} of an incoming report's date (its article's when it has none), and the
     * undated ones. Reports with no country join nothing and need none.
     */
    private List<Report> known(List<Report> incoming) throws SQLException {
        Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
        for (Report r : incoming) {
            String country = r.mention().country();
            if (country == null) {
                continue;
            }
            TreeSet<LocalDate> d = days.computeIfAbsent(country, k -> new TreeSet<>());
            LocalDate day = r.mention().dateStart() != null ? r.mention().dateStart() : r.published();
            if (day != null) {
                d.add(day);
                if (r.mention().dateEnd() != null) {
                    d.add(r.mention().dateEnd());
                }
            }
        }
        Map<String, Report> out = new LinkedHashMap<>();
        for (Map.Entry<String, TreeSet<LocalDate>> e : days.entrySet()) {
            String country = e.getKey();
            add(out, Rows.reports(c, "r.country = ? AND r.date_start IS NULL", List.of(Rows.text(country))));
            LocalDate lo = null;
            LocalDate hi = null;
            for (LocalDate d : e.getValue()) { // days merged into windows: one query per run of nearby days
                LocalDate dlo = d.minusDays(IncidentResolver.WINDOW_DAYS);
                LocalDate dhi = d.plusDays(IncidentResolver.WINDOW_DAYS);
                if (lo != null && !dlo.isAfter(hi.plusDays(1))) {
                    hi = dhi;
                    continue;
                }
                if (lo != null) {
                    add(out, window(country, lo, hi));
                }
                lo = dlo;
                hi = dhi;
            }
            if (lo != null) {
                add(out, window(country, lo, hi));
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Report> window(String country, LocalDate lo, LocalDate hi) throws SQLException {
        return Rows.reports(c, "r.country = ? AND r.date_start <= ? AND COALESCE(r.date_end, r.date_start) >= ?", List.of(
                Rows.text(country), (ps, i) -> backend.setDate(ps, i, hi), (ps, i) -> backend.setDate(ps, i, lo)));
    }

    private static void add(Map<String, Report> out, List<Report> reports) {
        for (Report r : reports) {
            out.putIfAbsent(r.articleId() + "\u0000" + r.index(), r);
        }
    }

    private void insertReport(Report r, String localId) throws SQLException {
        IncidentMention m = r.mention();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reports (article_id, idx, incident_id, local_id, outlet,"
                + " published, copy_of, event_type, date_start, date_end, location, admin1, country, lat, lon, geo_precision,"
                + " perpetrators, disputed_perpetrator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.setText(ps, 1, r.articleId());
            ps.setInt(2, r.index());
            Rows.setText(ps, 3, r.incidentId());
            Rows.setText(ps, 4, localId);
            Rows.setText(ps, 5, r.outlet());
            backend.setDate(ps, 6, r.published());
            Rows.setText(ps, 7, r.copyOf());
            Rows.setText(ps, 8, m.eventType().code());
            backend.setDate(ps, 9, m.dateStart());
            backend.setDate(ps, 10, m.dateEnd());
            Rows.setText(ps, 11, m.location());
            Rows.setText(ps, 12, m.admin1());
            Rows.setText(ps, 13, m.country());
            Rows.setReal(ps, 14, m.lat());
            Rows.setReal(ps, 15, m.lon());
            Rows.setText(ps, 16, m.geoPrecision() == null ? null : m.geoPrecision().code());
            Rows.setText(ps, 17, Rows.json(m.perpetrators()));
            ps.setBoolean(18, m.disputedPerpetrator());
            ps.executeUpdate();
        }
        if (m.claims().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO claims (article_id, report_idx, claim_idx, source, category,"
                + " grp, value, qualifier, evidence, start_at, end_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < m.claims().size(); i++) {
                Claim cl = m.claims().get(i);
                Rows.setText(ps, 1, r.articleId());
                ps.setInt(2, r.index());
                ps.setInt(3, i);
                Rows.setText(ps, 4, cl.source());
                Rows.setText(ps, 5, cl.category().code());
                Rows.setText(ps, 6, cl.group().code());
                Rows.setInteger(ps, 7, cl.value());
                Rows.setText(ps, 8, cl.qualifier().code());
                Rows.setText(ps, 9, cl.evidence());
                ps.setInt(10, cl.start());
                ps.setInt(11, cl.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Set<String> existing(Set<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += Rows.CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + Rows.CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM incidents WHERE id IN (" + Rows.placeholders(part.size()) + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    Rows.setText(ps, i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private void store(Incident in, boolean update) throws SQLException {
        if (update) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM incident_perpetrators WHERE incident_id = ?")) {
                Rows.setText(ps, 1, in.id());
                ps.executeUpdate();
            }
        }
        String sql = update
                ? "UPDATE incidents SET event_type = ?, date_start = ?, date_end = ?, location = ?, admin1 = ?, country = ?,"
                  + " lat = ?, lon = ?, geo_precision = ?, perpetrators = ?, disputed_perpetrator = ?, grade = ?,"
                  + " killed_best = ?, conflict = ?, claim_count = ?, figures = ?, history = ?, updated = ? WHERE id = ?"
                : "INSERT INTO incidents (event_type, date_start, date_end, location, admin1, country, lat, lon, geo_precision,"
                  + " perpetrators, disputed_perpetrator, grade, killed_best, conflict, claim_count, figures, history, updated, id)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        int claimCount = 0;
        for (Report r : in.reports()) {
            claimCount += r.mention().claims().size();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.setText(ps, 1, in.eventType().code());
            backend.setDate(ps, 2, in.dateStart());
            backend.setDate(ps, 3, in.dateEnd());
            Rows.setText(ps, 4, in.location());
            Rows.setText(ps, 5, in.admin1());
            Rows.setText(ps, 6, in.country());
            Rows.setReal(ps, 7, in.lat());
            Rows.setReal(ps, 8, in.lon());
            Rows.setText(ps, 9, in.geoPrecision() == null ? null : in.geoPrecision().code());
            Rows.setText(ps, 10, Rows.json(in.perpetrators()));
            ps.setBoolean(11, in.disputedPerpetrator());
            Rows.setText(ps, 12, in.grade().code());
            Rows.setInteger(ps, 13, KilledTotal.of(in).best());
            ps.setBoolean(14, in.figures().stream().anyMatch(Figure::conflict));
            ps.setInt(15, claimCount);
            Rows.setText(ps, 16, Rows.json(in.figures()));
            Rows.setText(ps, 17, Rows.json(in.history()));
            backend.setInstant(ps, 18, now);
            Rows.setText(ps, 19, in.id());
            ps.executeUpdate();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (String p : in.perpetrators()) {
            if (!p.isBlank()) {
                keys.add(actorKey(p));
            }
        }
        if (!keys.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident_perpetrators (incident_id, actor_key) VALUES (?, ?)")) {
                for (String k : keys) {
                    Rows.setText(ps, 1, in.id());
                    Rows.setText(ps, 2, k);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
