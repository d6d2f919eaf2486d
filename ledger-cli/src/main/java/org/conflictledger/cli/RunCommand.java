package org.conflictledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Incident;
import org.conflictledger.store.AddSummary;
import org.conflictledger.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ledger run}: ingests and extracts the input articles and adds them to the ledger a bounded batch at a
 * time (each batch one transaction, resolved against what is stored), then prints what changed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Ingest, extract and resolve articles into the ledger, then print a summary and the incidents touched.")
final class RunCommand implements Callable<Integer> {
    /** Most incidents listed after a run; the rest are counted. */
    private static final int SHOWN = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    DbOption db;

    @Option(names = "--batch", defaultValue = "200", paramLabel = "N",
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    /** Totals over the batches of a run. */
    private static final class Totals {
        int added;
        int skipped;
        int copies;
        int reports;
        int claims;
        int incidentsNew;
        int incidentsUpdated;
        int failed;
        final Set<String> touched = new LinkedHashSet<>();
        /** Articles stored without annotation because the relevance filter found nothing to extract, by reason. */
        final java.util.Map<org.conflictledger.model.SkipReason, Integer> irrelevant =
                new java.util.EnumMap<>(org.conflictledger.model.SkipReason.class);

        void add(AddSummary s) {
            added += s.articlesAdded();
            skipped += s.articlesSkipped();
            copies += s.copies();
            reports += s.reports();
            claims += s.claims();
            incidentsNew += s.incidentsNew();
            incidentsUpdated += s.incidentsUpdated();
            touched.addAll(s.touched());
        }
    }

    @Override
    public Integer call() {
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be at least 1: " + batchSize);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Totals totals = new Totals();
        int[] read;
        try (LedgerStore store = db.open()) {
            List<LedgerStore.Entry> pending = new ArrayList<>();
            Progress progress = new Progress(err, "run");
            try (Pipeline.Batch batch = Pipeline.standard().batch(Threads.of(inputs.threads), r -> {
                if (r.error() != null) {
                    totals.failed++;
                    err.println("ledger: " + r.article().id() + ": extraction failed, not stored: " + r.error());
                } else {
                    if (r.skipped()) {
                        totals.irrelevant.merge(r.relevance().skipped(), 1, Integer::sum);
                    }
                    pending.add(new LedgerStore.Entry(r.article(), r.extraction()));
                }
                progress.step();
                if (pending.size() >= batchSize) {
                    store(store, pending, totals, progress);
                }
            })) {
                read = Inputs.read(inputs.paths, a -> {
                    if (store.article(a.id()).isPresent()) { // stored before: not extracted again
                        totals.skipped++;
                        progress.step();
                    } else {
                        batch.offer(a);
                    }
                }, err);
            }
            store(store, pending, totals, progress);
            progress.finish();
            List<Incident> touched = new ArrayList<>();
            for (String id : totals.touched) {
                if (touched.size() == SHOWN) {
                    break;
                }
                store.incident(id).ifPresent(touched::add);
            }
            if (!touched.isEmpty()) {
                IncidentTable.print(out, touched);
                if (totals.touched.size() > SHOWN) {
                    out.printf("... and %d more: see ledger incidents%n", totals.touched.size() - SHOWN);
                }
                out.println();
            }
            long stored = store.stats().incidents();
            out.printf("%d articles read: %d added, %d already stored%s; %d incident reports with %d claims;"
                            + " %d new incidents, %d updated%s%s%n",
                    read[0], totals.added, totals.skipped, totals.copies > 0 ? " (" + totals.copies + " syndicated copies)" : "",
                    totals.reports, totals.claims, totals.incidentsNew, totals.incidentsUpdated,
                    read[1] > 0 ? "; " + read[1] + " input problems" : "", totals.failed > 0 ? "; " + totals.failed + " failed" : "");
            out.printf("ledger %s: %d incidents%n", db.location, stored);
            err.printf("ledger: %d articles read, %s%n", read[0], Extracted.skips(totals.irrelevant));
        }
        out.flush();
        return read[0] == 0 ? 1 : 0;
    }

    private static void store(LedgerStore store, List<LedgerStore.Entry> pending, Totals totals, Progress progress) {
        if (pending.isEmpty()) {
            return;
        }
        AddSummary s = store.add(List.copyOf(pending));
        pending.clear();
        totals.add(s);
        progress.note("stored " + totals.added + " articles, " + totals.touched.size() + " incidents");
    }
}
