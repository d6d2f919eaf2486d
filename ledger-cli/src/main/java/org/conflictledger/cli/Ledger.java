package org.conflictledger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ledger} command. */
@Command(name = "ledger", mixinStandardHelpOptions = true, version = "Conflict Ledger 0.1.0",
        description = "Turns news about armed conflict into a ledger of incidents and casualty claims.",
        subcommands = {RunCommand.class, IncidentsCommand.class, ExportCommand.class, ExtractCommand.class, EvalCommand.class,
                BenchCommand.class, BenchResolveCommand.class, AnnotatorCostCommand.class, ServeCommand.class})
public final class Ledger implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, incidents, export, serve, extract, eval, bench, bench-resolve or annotator-cost");
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args);
    }

    /** Runs the command line with the given output and error writers and returns its exit code. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Ledger());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("ledger: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        return cl.execute(args);
    }
}
