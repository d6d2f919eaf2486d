package org.conflictledger.cli;

import java.io.PrintWriter;
import java.util.List;
import org.conflictledger.model.Figure;
import org.conflictledger.model.Incident;
import org.conflictledger.store.KilledTotal;

/** Incidents as a table for a terminal: one line each. */
final class IncidentTable {
    private static final String FORMAT = "%-28s %-10s %-26s %-24s %-3s %-26s %-14s %-15s %s%n";

    private IncidentTable() {
    }

    static void print(PrintWriter out, List<Incident> incidents) {
        out.printf(FORMAT, "incident", "date", "event", "place", "cc", "perpetrators", "killed", "grade", "reports");
        for (Incident i : incidents) {
            String place = i.location() == null ? (i.admin1() == null ? "-" : i.admin1()) : i.location();
            out.printf(FORMAT, cut(i.id(), 28), i.dateStart() == null ? "-" : i.dateStart(), i.eventType().code(),
                    cut(place, 24), i.country() == null ? "-" : i.country(),
                    cut(i.perpetrators().isEmpty() ? "-" : String.join(", ", i.perpetrators()), 26), killed(i),
                    i.grade().code(), i.reports().size());
        }
    }

    /** The best estimate of killed with its range, and "!" when sources conflict. */
    static String killed(Incident i) {
        KilledTotal k = KilledTotal.of(i);
        if (k.best() == null) {
            return "-";
        }
        String range = k.low() != null && k.high() != null && !k.low().equals(k.high()) ? " (" + k.low() + "-" + k.high() + ")" : "";
        return k.best() + range + (i.figures().stream().anyMatch(Figure::conflict) ? " !" : "");
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
