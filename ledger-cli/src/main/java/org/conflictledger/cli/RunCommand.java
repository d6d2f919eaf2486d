package org.conflictledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Claim;
import org.conflictledger.model.IncidentMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger run}: extracts the incidents of the input articles and prints them as a table. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest and extract articles, then print the incidents found.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    private record Row(String article, IncidentMention incident) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Extracted x = Extracted.of(inputs.paths, inputs.threads, err, "run");
        List<Row> rows = new ArrayList<>();
        for (Extraction e : x.extractions()) {
            for (IncidentMention m : e.incidents()) {
                rows.add(new Row(e.id(), m));
            }
        }
        print(out, rows);
        err.printf("ledger: %d articles read, %s%n", x.read(), x.skipSummary());
        out.printf("%n%d articles read, %d incidents, %d claims%s%s%n", x.read(), rows.size(),
                rows.stream().mapToInt(r -> r.incident().claims().size()).sum(),
                x.problems() > 0 ? ", " + x.problems() + " input problems" : "", x.failed() > 0 ? ", " + x.failed() + " failed" : "");
        out.flush();
        return x.read() == 0 ? 1 : 0;
    }

    private static void print(PrintWriter out, List<Row> rows) {
        String fmt = "%-28s %-26s %-10s %-18s %-3s %-28s %s%n";
        out.printf(fmt, "article", "event", "date", "place", "cc", "perpetrators", "claims (category group value, source)");
        for (Row r : rows) {
            IncidentMention m = r.incident();
            List<String> claims = new ArrayList<>();
            for (Claim c : m.claims()) {
                claims.add(c.category().code() + " " + c.group().code() + " " + qualified(c) + " (" + c.source() + ")");
            }
            out.printf(fmt, cut(r.article(), 28), m.eventType().code(), m.dateStart() == null ? "-" : m.dateStart(),
                    cut(m.location() == null ? "-" : m.location(), 18), m.country() == null ? "-" : m.country(),
                    cut(m.perpetrators().isEmpty() ? "-" : String.join(", ", m.perpetrators()), 28), String.join("; ", claims));
        }
    }

    private static String qualified(Claim c) {
        String v = c.value() == null ? "?" : c.value().toString();
        return switch (c.qualifier()) {
            case AT_LEAST -> ">=" + v;
            case MORE_THAN -> ">" + v;
            case UP_TO -> "<=" + v;
            case ABOUT -> "~" + v;
            case VAGUE -> "many";
            case EXACT -> v;
        };
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
