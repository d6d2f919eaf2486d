package org.conflictledger.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictledger.model.Incident;
import org.conflictledger.model.Json;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger incidents}: the stored incidents matching filters, as a table or JSON. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = "List the ledger's incidents: filtered, sorted, as a table or JSON.")
final class IncidentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DbOption db;

    @Mixin
    FilterOptions filters;

    @Option(names = "--sort", defaultValue = "date", description = "Order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sort sort;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "Most incidents shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Incidents skipped, for paging.")
    int offset;

    @Option(names = "--format", defaultValue = "table", description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** Orders on the command line. */
    enum Sort {
        date(IncidentQuery.Sort.DATE_DESC), date_asc(IncidentQuery.Sort.DATE_ASC), killed(IncidentQuery.Sort.KILLED_DESC);

        final IncidentQuery.Sort order;

        Sort(IncidentQuery.Sort order) {
            this.order = order;
        }
    }

    enum Format { table, json }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        IncidentQuery q = filters.query(sort.order, limit, offset);
        try (LedgerStore store = db.open()) {
            List<Incident> incidents = store.incidents(q);
            if (format == Format.json) {
                JsonGenerator g = Json.mapper().getFactory().createGenerator(out);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                Json.mapper().writeValue(g, incidents);
                out.println();
            } else {
                long total = store.count(q);
                IncidentTable.print(out, incidents);
                out.printf("%n%d of %d incidents%s%n", incidents.size(), total,
                        offset > 0 || incidents.size() < total ? " (from " + (offset + 1) + "; --limit and --offset page)" : "");
            }
        }
        out.flush();
        return 0;
    }
}
