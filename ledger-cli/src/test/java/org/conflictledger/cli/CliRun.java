package org.conflictledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code ledger} command in-process, as the tests need it: exit code, standard output, standard error. */
final class CliRun {
    private CliRun() {
    }

    /** What one run of the command gave. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome ledger(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ledger.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
