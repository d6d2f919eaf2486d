/**
 * The extraction pipeline as an Apache Spark job over large archives.
 *
 * <p>In: JSONL, WARC and the other ingest formats on any Hadoop-compatible file system (HDFS, S3A, local
 * files), files or directories. Out: the lines of {@code ledger extract --format jsonl}, in input order,
 * and the same extractions as Parquet, plus the input problems. The single entry point is
 * {@link org.conflictledger.spark.ExtractJob}; everything else in the package is its plumbing.
 */
package org.conflictledger.spark;
