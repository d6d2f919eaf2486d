package org.conflictledger.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and worker threads every extracting command takes. */
final class InputOptions {
    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files (.txt, .json, .jsonl, .html, .rss, .atom, .xml, .warc, .warc.gz) or directories.")
    List<Path> paths;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0: one per core).")
    int threads;
}
