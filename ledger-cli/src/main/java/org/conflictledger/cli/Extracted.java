package org.conflictledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.SkipReason;
import org.conflictledger.resolve.IncidentResolver;

/**
 * A command's inputs extracted: one extraction per article read, in input order (an article whose
 * extraction failed is reported and kept with no incidents), resolved across the batch so that
 * incidents several articles report share one id.
 *
 * @param extractions one per article read
 * @param read articles read
 * @param problems input problems reported
 * @param failed articles whose extraction failed
 * @param skipped articles the relevance filter let bypass annotation, by reason
 */
record Extracted(List<Extraction> extractions, int read, int problems, int failed, Map<SkipReason, Integer> skipped) {

    /** "182 skipped as irrelevant (no_casualty_words 162, no_figure_near_casualty 20)", or "none skipped". */
    String skipSummary() {
        return skips(skipped);
    }

    /** The skip counts of a run, reasons in their declared order. */
    static String skips(Map<SkipReason, Integer> skipped) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "none skipped as irrelevant";
        }
        StringBuilder b = new StringBuilder().append(total).append(" skipped as irrelevant (");
        String sep = "";
        for (Map.Entry<SkipReason, Integer> e : new TreeMap<>(skipped).entrySet()) {
            b.append(sep).append(e.getKey().code()).append(' ').append(e.getValue());
            sep = ", ";
        }
        return b.append(')').toString();
    }

    static Extracted of(List<Path> paths, int threads, PrintWriter err, String label) {
        return of(paths, threads, err, label, Pipeline.standard());
    }

    static Extracted of(List<Path> paths, int threads, PrintWriter err, String label, Pipeline pipeline) {
        List<Extraction> all = new ArrayList<>();
        Map<String, LocalDate> published = new HashMap<>();
        int[] failed = {0};
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        int[] read;
        Progress progress = new Progress(err, label);
        try (Pipeline.Batch batch = pipeline.batch(Threads.of(threads), r -> {
            Extraction e = r.extraction();
            if (r.error() != null) {
                failed[0]++;
                err.println("ledger: " + r.article().id() + ": extraction failed: " + r.error());
                e = new Extraction(r.article().id(), List.of());
            } else if (r.skipped()) {
                skipped.merge(r.relevance().skipped(), 1, Integer::sum);
            }
            all.add(e);
            if (r.article().published() != null) {
                published.put(r.article().id(), r.article().published());
            }
            progress.step();
        })) {
            read = Inputs.read(paths, batch::offer, err);
        }
        progress.finish();
        return new Extracted(IncidentResolver.scoring().resolve(all, published), read[0], read[1], failed[0], skipped);
    }
}
