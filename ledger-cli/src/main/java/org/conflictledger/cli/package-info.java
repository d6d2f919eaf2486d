/**
 * The {@code ledger} command line: run, extract, eval, bench. Prints results on standard output and one
 * clear line per problem on standard error.
 */
package org.conflictledger.cli;
