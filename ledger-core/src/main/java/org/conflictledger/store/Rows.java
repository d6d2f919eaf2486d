package org.conflictledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Figure;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Grade;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Json;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Report;
import org.conflictledger.model.TollPoint;

/** Reading and writing the rows of reports, claims and incidents; every value bound, none spliced into SQL. */
final class Rows {
    /** A value bound to the next placeholder. */
    interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    static final int CHUNK = 500;

    /** Reports in the order reconciliation gives them: publication day (undated last), article, index. */
    static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::articleId)
            .thenComparingInt(Report::index);

    private static final String REPORT_COLUMNS = "r.article_id, r.idx, r.incident_id, r.outlet, r.published, r.copy_of,"
            + " r.event_type, r.date_start, r.date_end, r.location, r.admin1, r.country, r.lat, r.lon, r.geo_precision,"
            + " r.perpetrators, r.disputed_perpetrator, c.claim_idx, c.source, c.category, c.grp, c.value, c.qualifier,"
            + " c.evidence, c.start_at, c.end_at";

    static final String INCIDENT_COLUMNS = "i.id, i.event_type, i.date_start, i.date_end, i.location, i.admin1, i.country,"
            + " i.lat, i.lon, i.geo_precision, i.perpetrators, i.disputed_perpetrator, i.grade, i.figures, i.history";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Figure>> FIGURES = new TypeReference<>() { };
    private static final TypeReference<List<TollPoint>> HISTORY = new TypeReference<>() { };

    private Rows() {
    }

    /** Reports (with their claims) matching {@code where} on {@code r}, keyed by article id and index. */
    static List<Report> reports(Connection c, String where, List<Binder> params) throws SQLException {
        String sql = "SELECT " + REPORT_COLUMNS + " FROM reports r LEFT JOIN claims c"
                + " ON c.article_id = r.article_id AND c.report_idx = r.idx WHERE " + where
                + " ORDER BY r.article_id, r.idx, c.claim_idx";
        List<Report> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params, 1);
            try (ResultSet rs = ps.executeQuery()) {
                String article = null;
                int idx = -1;
                ResultSetReport current = null;
                while (rs.next()) {
                    String a = rs.getString("article_id");
                    int i = rs.getInt("idx");
                    if (current == null || !a.equals(article) || i != idx) {
                        if (current != null) {
                            out.add(current.report());
                        }
                        current = new ResultSetReport(rs);
                        article = a;
                        idx = i;
                    }
                    rs.getInt("claim_idx");
                    if (!rs.wasNull()) {
                        current.claims.add(new Claim(rs.getString("source"), Category.of(rs.getString("category")),
                                Group.of(rs.getString("grp")), integer(rs, "value"), Qualifier.of(rs.getString("qualifier")),
                                rs.getString("evidence"), rs.getInt("start_at"), rs.getInt("end_at")));
                    }
                }
                if (current != null) {
                    out.add(current.report());
                }
            }
        }
        return out;
    }

    /** The reports of the given incidents, grouped by incident id. */
    static Map<String, List<Report>> reportsOf(Connection c, Collection<String> incidentIds) throws SQLException {
        Map<String, List<Report>> out = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(incidentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Binder> params = new ArrayList<>();
            for (String id : part) {
                params.add(text(id));
            }
            for (Report r : reports(c, "r.incident_id IN (" + placeholders(part.size()) + ")", params)) {
                out.computeIfAbsent(r.incidentId(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<Report> rs : out.values()) {
            rs.sort(REPORT_ORDER);
        }
        return out;
    }

    /** One report being read: its columns, and its claims as the following rows bring them. */
    private static final class ResultSetReport {
        final String articleId;
        final int index;
        final String incidentId;
        final String outlet;
        final java.time.LocalDate published;
        final String copyOf;
        final EventType type;
        final java.time.LocalDate start;
        final java.time.LocalDate end;
        final String location;
        final String admin1;
        final String country;
        final Double lat;
        final Double lon;
        final GeoPrecision precision;
        final List<String> perpetrators;
        final boolean disputed;
        final List<Claim> claims = new ArrayList<>();

        ResultSetReport(ResultSet rs) throws SQLException {
            articleId = rs.getString("article_id");
            index = rs.getInt("idx");
            incidentId = rs.getString("incident_id");
            outlet = rs.getString("outlet");
            published = Backend.getDate(rs, "published");
            copyOf = rs.getString("copy_of");
            type = EventType.of(rs.getString("event_type"));
            start = Backend.getDate(rs, "date_start");
            end = Backend.getDate(rs, "date_end");
            location = rs.getString("location");
            admin1 = rs.getString("admin1");
            country = rs.getString("country");
            lat = real(rs, "lat");
            lon = real(rs, "lon");
            String p = rs.getString("geo_precision");
            precision = p == null ? null : GeoPrecision.of(p);
            perpetrators = strings(rs.getString("perpetrators"));
            disputed = rs.getBoolean("disputed_perpetrator");
        }

        Report report() {
            return new Report(articleId, index, outlet, published, copyOf, new IncidentMention(incidentId, type, start, end,
                    location, admin1, country, lat, lon, precision, perpetrators, disputed, claims));
        }
    }

    /** An incident's stored summary: the current row of a SELECT of {@link #INCIDENT_COLUMNS}. */
    record Summary(String id, EventType type, java.time.LocalDate start, java.time.LocalDate end, String location,
                   String admin1, String country, Double lat, Double lon, GeoPrecision precision,
                   List<String> perpetrators, boolean disputed, Grade grade, List<Figure> figures, List<TollPoint> history) {
        static Summary read(ResultSet rs) throws SQLException {
            String p = rs.getString("geo_precision");
            try {
                return new Summary(rs.getString("id"), EventType.of(rs.getString("event_type")),
                        Backend.getDate(rs, "date_start"), Backend.getDate(rs, "date_end"), rs.getString("location"),
                        rs.getString("admin1"), rs.getString("country"), real(rs, "lat"), real(rs, "lon"),
                        p == null ? null : GeoPrecision.of(p), strings(rs.getString("perpetrators")),
                        rs.getBoolean("disputed_perpetrator"), Grade.of(rs.getString("grade")),
                        Json.mapper().readValue(rs.getString("figures"), FIGURES),
                        Json.mapper().readValue(rs.getString("history"), HISTORY));
            } catch (JsonProcessingException e) {
                throw new StoreException("incident " + rs.getString("id") + ": unreadable stored figures", e);
            }
        }

        Incident with(List<Report> reports) {
            return new Incident(id, type, start, end, location, admin1, country, lat, lon, precision, perpetrators,
                    disputed, grade, figures, history, reports);
        }
    }

    static List<String> strings(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException("unreadable stored list: " + e.getOriginalMessage(), e);
        }
    }

    static String json(Object value) {
        return Json.line(value);
    }

    static Double real(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int i = rs.getInt(column);
        return rs.wasNull() ? null : i;
    }

    static void bind(PreparedStatement ps, List<Binder> params, int first) throws SQLException {
        int i = first;
        for (Binder b : params) {
            b.bind(ps, i++);
        }
    }

    /**
     * The text as a database can hold it: PostgreSQL refuses the NUL character, so it becomes U+FFFD (one char for
     * one, so evidence offsets still point at the same places).
     */
    static String clean(String s) {
        return s == null || s.indexOf('\u0000') < 0 ? s : s.replace('\u0000', '\uFFFD');
    }

    static Binder text(String s) {
        return (ps, i) -> {
            if (s == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                ps.setString(i, clean(s));
            }
        };
    }

    static Binder integerValue(Integer v) {
        return (ps, i) -> {
            if (v == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setInt(i, v);
            }
        };
    }

    static void setReal(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        integerValue(v).bind(ps, i);
    }

    static void setText(PreparedStatement ps, int i, String v) throws SQLException {
        text(v).bind(ps, i);
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
