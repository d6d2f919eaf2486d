package org.conflictledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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

    enum Format { jsonl }

    /** Standard output stays open after the command. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".extract", ".tmp");
        Extracted x;
        try (Writer w = tmp == null
                ? new NonClosing(spec.commandLine().getOut())
                : Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            x = Extracted.of(inputs.paths, inputs.threads, err, "extract");
            for (Extraction e : x.extractions()) {
                w.write(Json.line(e));
                w.write('\n');
            }
        } catch (IOException | RuntimeException e) {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
            throw e;
        }
        if (tmp != null) {
            Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        err.printf("ledger: %d articles extracted, %s, %d input problems, %d failed%n", x.read(), x.skipSummary(),
                x.problems(), x.failed());
        return x.read() == 0 ? 1 : 0;
    }
}
