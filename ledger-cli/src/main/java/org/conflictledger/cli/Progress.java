package org.conflictledger.cli;

import java.io.PrintWriter;

/** Progress on standard error: a live line on a terminal, a log line every few seconds otherwise. */
final class Progress {
    private final PrintWriter err;
    private final String what;
    private final boolean terminal = System.console() != null;
    private final long t0 = System.nanoTime();
    private long lastPrint = System.nanoTime();
    private int done;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    synchronized void step() {
        done++;
        long now = System.nanoTime();
        long gap = terminal ? 200_000_000L : 10_000_000_000L;
        if (now - lastPrint >= gap) {
            lastPrint = now;
            print(terminal ? "\r" : "", terminal ? "" : "\n");
        }
    }

    synchronized void finish() {
        print(terminal ? "\r" : "", "\n");
    }

    private void print(String lead, String tail) {
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf("%s%s: %d done, %.1f/s, %.0f s%s", lead, what, done, s > 0 ? done / s : 0.0, s, tail);
        err.flush();
    }
}
