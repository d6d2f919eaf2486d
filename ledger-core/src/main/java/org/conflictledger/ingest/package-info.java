/**
 * Ingest: turns files on disk into {@link org.conflictledger.model.Article} records.
 *
 * <p>In: paths to {@code .txt} files (one article, first non-empty line is the title),
 * {@code .jsonl} files (one article object per line, streamed), {@code .json} files (one article
 * object, e.g. the gold files) and directories of these (walked recursively in sorted order).
 * Out: articles with ids unique within the run, plus {@link org.conflictledger.ingest.IngestProblem}s
 * for everything that could not be read. Bad input never throws; it becomes a problem naming the file
 * and, for JSONL, the line. The single entry point is {@link org.conflictledger.ingest.Ingest}.
 */
package org.conflictledger.ingest;
