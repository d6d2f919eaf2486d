package org.conflictledger.cli;

import java.io.IOException;
import java.io.Writer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictledger.model.Incident;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger export}: the ledger's incidents as ACLED-like CSV, GeoJSON or JSON lines, earliest first. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export incidents: csv (ACLED-like columns plus low/best/high, conflict flag and claim count),"
                + " geojson (points, for QGIS and web maps) or jsonl (everything: reports, claims, evidence).")
final class ExportCommand implements Callable<Integer> {
    private static final int PAGE = 1000;

    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", required = true, description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (replaced whole, at the end) instead of standard output.")
    Path out;

    enum Format { csv, geojson, jsonl }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        int[] counts;
        try (LedgerStore store = db.open()) {
            counts = Output.write(out, spec.commandLine().getOut(), w -> write(store, w));
        }
        err.printf("ledger: exported %d incidents%s%n", counts[0],
                counts[1] > 0 ? " (" + counts[1] + " without coordinates left out of the GeoJSON)" : "");
        return 0;
    }

    /** Writes every matching incident, a page at a time; returns how many were written and left out. */
    private int[] write(LedgerStore store, Writer os) throws IOException {
        int written = 0;
        int unplaced = 0;
        Exports.Writer w = switch (format) {
            case csv -> new Exports.Csv(os);
            case jsonl -> new Exports.Jsonl(os);
            case geojson -> new Exports.GeoJson(os);
        };
        for (int offset = 0; ; offset += PAGE) {
            List<Incident> page = store.incidents(filters.query(IncidentQuery.Sort.DATE_ASC, PAGE, offset));
            for (Incident i : page) {
                if (w.write(i)) {
                    written++;
                } else {
                    unplaced++;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        w.finish();
        return new int[] {written, unplaced};
    }

}
