package org.conflictledger.cli;

/** Worker thread counts. */
final class Threads {
    private Threads() {
    }

    /** {@code requested}, or one per core when it is 0 or less. */
    static int of(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }
}
