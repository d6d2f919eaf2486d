package org.conflictledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conflictledger.eval.GoldScorer;
import org.conflictledger.eval.GoldSet;
import org.conflictledger.eval.Scores;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ledger eval}: extracts a gold directory and scores the result as gold/score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract over a gold directory and print the metrics of gold/score.py.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Directory of gold-annotated articles (*.json).")
    Path goldDir;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the system output as JSONL here.")
    Path out;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0: one per core).")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(goldDir)) {
            err.println("ledger: not a directory: " + goldDir);
            return 2;
        }
        GoldSet gold = GoldScorer.loadGold(goldDir);
        List<Extraction> system = Extracted.of(List.of(goldDir), threads, err, "eval").extractions();
        if (out != null) {
            List<String> lines = system.stream().map(Json::line).toList();
            Files.write(out, lines, StandardCharsets.UTF_8);
        }
        Scores scores = GoldScorer.score(gold, system);
        PrintWriter o = spec.commandLine().getOut();
        o.print(scores.format());
        o.flush();
        return 0;
    }
}
