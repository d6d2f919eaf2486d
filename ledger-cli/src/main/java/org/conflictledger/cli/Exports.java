package org.conflictledger.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.Figure;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.Incident;
import org.conflictledger.model.Json;
import org.conflictledger.model.Report;
import org.conflictledger.store.KilledTotal;

/** The export formats, each written an incident at a time. */
final class Exports {
    /** The CSV columns: ACLED's names first, then the ledger's own. */
    static final List<String> CSV_COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "notes", "source",
            "killed_low", "killed_best", "killed_high", "injured_best", "conflict", "claims", "grade", "country",
            "incident_id");

    private static final int NOTES_MAX = 1000;

    private Exports() {
    }

    /** Writes incidents in one format. */
    abstract static class Writer {
        /** Writes one incident; false when the format cannot hold it (no coordinates for a map). */
        abstract boolean write(Incident i) throws IOException;

        abstract void finish() throws IOException;
    }

    /** ACLED's event type and sub-event type of ours. */
    static String[] acled(EventType t) {
        return switch (t) {
            case AIR_STRIKE, DRONE_STRIKE -> new String[] {"Explosions/Remote violence", "Air/drone strike"};
            case SHELLING_ARTILLERY_MISSILE -> new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
            case SUICIDE_BOMB -> new String[] {"Explosions/Remote violence", "Suicide bomb"};
            case REMOTE_EXPLOSIVE_IED -> new String[] {"Explosions/Remote violence", "Remote explosive/landmine/IED"};
            case ARMED_CLASH -> new String[] {"Battles", "Armed clash"};
            case ATTACK_ON_CIVILIANS, EXECUTION_MASS_KILLING -> new String[] {"Violence against civilians", "Attack"};
            case OTHER -> new String[] {"Other", "Other"};
        };
    }

    /** ACLED's geo-precision code: 1 the place itself, 2 a nearby place or district, 3 a region or coarser. */
    static String acledPrecision(GeoPrecision p) {
        if (p == null) {
            return "";
        }
        return switch (p) {
            case PLACE, CITY -> "1";
            case DISTRICT -> "2";
            case REGION, COUNTRY -> "3";
        };
    }

    static int claimCount(Incident i) {
        int n = 0;
        for (Report r : i.reports()) {
            n += r.mention().claims().size();
        }
        return n;
    }

    static boolean conflict(Incident i) {
        return i.figures().stream().anyMatch(Figure::conflict);
    }

    /** The outlets that reported it, else the sources its claims name. */
    static String sources(Incident i) {
        Set<String> out = new LinkedHashSet<>();
        for (Report r : i.reports()) {
            if (r.outlet() != null && !r.outlet().isBlank()) {
                out.add(r.outlet());
            }
        }
        if (out.isEmpty()) {
            for (Report r : i.reports()) {
                for (Claim c : r.mention().claims()) {
                    out.add(c.source());
                }
            }
        }
        return String.join("; ", out);
    }

    /** The evidence of its claims, distinct, bounded. */
    static String notes(Incident i) {
        Set<String> ev = new LinkedHashSet<>();
        for (Report r : i.reports()) {
            for (Claim c : r.mention().claims()) {
                ev.add(c.evidence().replaceAll("\\s+", " ").strip());
            }
        }
        String s = String.join(" | ", ev);
        return s.length() <= NOTES_MAX ? s : s.substring(0, NOTES_MAX - 1) + "…";
    }

    static String number(Object o) {
        return o == null ? "" : o.toString();
    }

    /** RFC 4180 CSV; text cells that a spreadsheet would run as a formula are prefixed with an apostrophe. */
    static final class Csv extends Writer {
        private final java.io.Writer out;

        Csv(java.io.Writer out) throws IOException {
            this.out = out;
            row(CSV_COLUMNS, false);
        }

        @Override
        boolean write(Incident i) throws IOException {
            KilledTotal k = KilledTotal.of(i);
            String[] types = acled(i.eventType());
            boolean civilians = i.figures().stream().anyMatch(f -> f.group() == Group.CIVILIANS
                    || f.group() == Group.CHILDREN || f.group() == Group.WOMEN);
            List<String> cells = new ArrayList<>();
            cells.add(number(i.dateStart()));
            cells.add(types[0]);
            cells.add(types[1]);
            cells.add(i.perpetrators().isEmpty() ? "" : i.perpetrators().get(0));
            cells.add(civilians ? "Civilians" + (i.country() == null ? "" : " (" + i.country() + ")") : "");
            cells.add(number(i.admin1()));
            cells.add(number(i.location()));
            cells.add(number(i.lat()));
            cells.add(number(i.lon()));
            cells.add(acledPrecision(i.geoPrecision()));
            cells.add(String.valueOf(k.best() == null ? 0 : k.best()));
            cells.add(notes(i));
            cells.add(sources(i));
            cells.add(number(k.low()));
            cells.add(number(k.best()));
            cells.add(number(k.high()));
            cells.add(number(injured(i)));
            cells.add(String.valueOf(conflict(i)));
            cells.add(String.valueOf(claimCount(i)));
            cells.add(i.grade().code());
            cells.add(number(i.country()));
            cells.add(i.id());
            row(cells, true);
            return true;
        }

        private void row(List<String> cells, boolean guard) throws IOException {
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(c), guard));
            }
            out.write("\r\n");
        }

        static String cell(String v, boolean guard) {
            String s = v;
            if (guard && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
                s = "'" + s;
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            return s;
        }

        @Override
        void finish() throws IOException {
            out.flush();
        }
    }

    static Integer injured(Incident i) {
        Integer all = i.best(Category.INJURED, Group.ALL);
        if (all != null) {
            return all;
        }
        Integer sum = null;
        for (Group g : List.of(Group.CIVILIANS, Group.COMBATANTS, Group.UNKNOWN)) {
            Integer b = i.best(Category.INJURED, g);
            if (b != null) {
                sum = (sum == null ? 0 : sum) + b;
            }
        }
        return sum;
    }

    /** One incident per line, everything included: figures, history, reports, claims and their evidence. */
    static final class Jsonl extends Writer {
        private final java.io.Writer out;

        Jsonl(java.io.Writer out) {
            this.out = out;
        }

        @Override
        boolean write(Incident i) throws IOException {
            out.write(Json.line(i));
            out.write('\n');
            return true;
        }

        @Override
        void finish() throws IOException {
            out.flush();
        }
    }

    /** An RFC 7946 FeatureCollection of Points [lon, lat] with flat properties, as QGIS reads them. */
    static final class GeoJson extends Writer {
        private final JsonGenerator g;

        GeoJson(java.io.Writer out) throws IOException {
            g = Json.mapper().getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
        }

        @Override
        boolean write(Incident i) throws IOException {
            if (i.lat() == null || i.lon() == null) {
                return false;
            }
            KilledTotal k = KilledTotal.of(i);
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", i.id());
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(i.lon());
            g.writeNumber(i.lat());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("incident_id", i.id());
            g.writeStringField("event_type", i.eventType().code());
            g.writeStringField("date_start", number(i.dateStart()));
            g.writeStringField("date_end", number(i.dateEnd()));
            g.writeStringField("location", number(i.location()));
            g.writeStringField("admin1", number(i.admin1()));
            g.writeStringField("country", number(i.country()));
            g.writeStringField("geo_precision", i.geoPrecision() == null ? "" : i.geoPrecision().code());
            g.writeStringField("perpetrators", String.join("; ", i.perpetrators()));
            g.writeStringField("grade", i.grade().code());
            writeInt("killed_low", k.low());
            writeInt("killed_best", k.best());
            writeInt("killed_high", k.high());
            writeInt("injured_best", injured(i));
            g.writeBooleanField("conflict", conflict(i));
            g.writeNumberField("claims", claimCount(i));
            g.writeNumberField("reports", i.reports().size());
            g.writeStringField("sources", sources(i));
            g.writeEndObject();
            g.writeEndObject();
            return true;
        }

        private void writeInt(String name, Integer v) throws IOException {
            if (v == null) {
                g.writeNullField(name);
            } else {
                g.writeNumberField(name, v);
            }
        }

        @Override
        void finish() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        }
    }
}
