package org.conflictledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.conflictledger.Pipeline;
import org.conflictledger.model.Extraction;
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
 */
record Extracted(List<Extraction> extractions, int read, int problems, int failed) {

    static Extracted of(List<Path> paths, int threads, PrintWriter err, String label) {
        List<Extraction> all = new ArrayList<>();
        int[] failed = {0};
        int[] read;
        Progress progress = new Progress(err, label);
        try (Pipeline.Batch batch = Pipeline.standard().batch(Threads.of(threads), r -> {
            Extraction e = r.extraction();
            if (r.error() != null) {
                failed[0]++;
                err.println("ledger: " + r.article().id() + ": extraction failed: " + r.error());
                e = new Extraction(r.article().id(), List.of());
            }
            all.add(e);
            progress.step();
        })) {
            read = Inputs.read(paths, batch::offer, err);
        }
        progress.finish();
        return new Extracted(IncidentResolver.scoring().resolve(all), read[0], read[1], failed[0]);
    }
}
