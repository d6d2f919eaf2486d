/**
 * JMH microbenchmarks of the hot pure stages: the relevance filter (the cascade's first stage) and the
 * gazetteer's lookup. Built by every build so they cannot rot; run by hand, from the project directory:
 * {@code java -jar ledger-bench/target/ledger-bench.jar}.
 */
package org.conflictledger.bench;
