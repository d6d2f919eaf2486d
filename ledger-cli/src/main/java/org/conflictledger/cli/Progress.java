package org.conflictledger.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress on standard error: a live progress bar on a terminal, a plain log line every few seconds otherwise. */
final class Progress {
    private final PrintWriter err;
    private final String what;
    private final ProgressBar bar;
    private final long t0 = System.nanoTime();
    private long lastPrint = System.nanoTime();
    private int done;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
        this.bar = System.console() == null ? null : new ProgressBarBuilder()
                .setTaskName(what)
                .setInitialMax(-1)
                .setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .showSpeed()
                .build();
    }

    synchronized void step() {
        done++;
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint >= 10_000_000_000L) {
            lastPrint = now;
            print();
        }
    }

    /** A note beside the bar, or a log line. */
    synchronized void note(String text) {
        if (bar != null) {
            bar.setExtraMessage(text);
        } else {
            err.println(what + ": " + text);
            err.flush();
        }
    }

    synchronized void finish() {
        if (bar != null) {
            bar.close();
        }
        print();
    }

    private void print() {
        double s = (System.nanoTime() - t0) / 1e9;
        err.printf("%s: %d done, %.1f/s, %.0f s%n", what, done, s > 0 ? done / s : 0.0, s);
        err.flush();
    }
}
