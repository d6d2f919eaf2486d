/**
 * Ingest: turns files on disk into {@link org.conflictledger.model.Article} records.
 *
 * <p>In: paths to {@code .txt} files (one article, first non-empty line is the title),
 * {@code .jsonl} files (one article object per line, streamed), {@code .json} files (one article
 * object, e.g. the gold files), {@code .html}/{@code .htm} pages (main text found by Readability4J over
 * jsoup, then our own removal of link lists, "Read more:" lines and in-article ad blocks; metadata from
 * Open Graph, JSON-LD, canonical links and {@code <time>}), RSS/Atom feeds ({@code .rss},
 * {@code .atom}, {@code .xml}; Rome), WARC archives ({@code .warc}, {@code .warc.gz}; jwarc, streamed
 * record by record) and directories of these (walked recursively in sorted order); or one such file's
 * content as a stream, told by its name, for files on other file systems (HDFS, S3). URL lists are not
 * an input: nothing is fetched over the network.
 * Out: articles with ids unique within the run, plus {@link org.conflictledger.ingest.IngestProblem}s
 * for everything that could not be read. Bad input never throws; it becomes a problem naming the file
 * and, for JSONL, the line (for feeds the item, for WARC archives the record). The single entry point is
 * {@link org.conflictledger.ingest.Ingest}.
 */
package org.conflictledger.ingest;
