package org.conflictledger.cli;

import org.conflictledger.store.LedgerStore;
import picocli.CommandLine.Option;

/** The store every command that reads or writes the ledger takes. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = LedgerStore.DEFAULT_LOCATION,
            description = "The ledger: a SQLite file (created on first use) or postgresql://user:password@host:port/db."
                    + " Default: ${DEFAULT-VALUE} in the working directory.")
    String location;

    LedgerStore open() {
        return LedgerStore.open(location);
    }
}
