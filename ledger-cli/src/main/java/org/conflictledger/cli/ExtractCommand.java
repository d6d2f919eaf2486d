package org.conflictledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conflictledger.Pipeline;
import org.conflictledger.extract.RelevanceFilter;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger extract}: one JSON line of incidents per input article, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract incidents and casualty claims; writes one JSON line per article.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--whole", description = "Annotate every article whole, bypassing the relevance cascade "
            + "(slower; to check what the cascade changes).")
    boolean whole;

    enum Format { jsonl }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Extracted x = Output.write(out, spec.commandLine().getOut(), w -> {
            Pipeline standard = Pipeline.standard();
            Pipeline pipeline = whole ? standard.withFilter(RelevanceFilter.everything()) : standard;
            Extracted all = Extracted.of(inputs.paths, inputs.threads, err, "extract", pipeline);
            for (Extraction e : all.extractions()) {
                w.write(Json.line(e));
                w.write('\n');
            }
            return all;
        });
        err.printf("ledger: %d articles extracted, %s, %d input problems, %d failed%n", x.read(), x.skipSummary(),
                x.problems(), x.failed());
        return x.read() == 0 ? 1 : 0;
    }
}
