/**
 * Evaluation: how close extractions come to human annotations.
 *
 * <p>In: {@link org.conflictledger.model.Extraction}s and either the gold directory of
 * {@code ../shared/gold} ({@link org.conflictledger.eval.GoldScorer}) or a public benchmark's labels of
 * {@code ../shared/bench} ({@link org.conflictledger.eval.BenchScorer}). Out: the metrics of the shared
 * {@code score.py} scripts, with their names, values and printed layout, so a number reported by
 * {@code ledger eval} or {@code ledger bench} is the number the reference script gives.
 */
package org.conflictledger.eval;
