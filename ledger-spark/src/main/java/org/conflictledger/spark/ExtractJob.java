package org.conflictledger.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.conflictledger.model.Extraction;
import org.conflictledger.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code ledger extract} as a Spark job: the same lines, from inputs on any Hadoop file system, with
 * extraction spread over the executors.
 *
 * <p>Stages: the input files are listed on the driver in the order the CLI reads them and read one task per
 * file with the ingest stage ({@link HadoopInputs}); article ids made unique across files; articles spread
 * over {@code --partitions} tasks and extracted with one pipeline per executor JVM ({@link SharedPipeline});
 * incident mentions shuffled by country, the resolver's blocking key, and resolved per country
 * ({@link CountryResolution}), which gives the ids that resolving the whole batch at once gives; the new ids
 * joined back by article id; the extractions sorted back into input order and written.
 *
 * <p>Output, under the output directory: {@code jsonl/part-*} (concatenated in name order, exactly the
 * output of {@code ledger extract --format jsonl} on the same files), {@code parquet/} (one row per
 * article: {@code id}, {@code incidents} as nested structs in the contract's field names, and the line
 * itself as {@code json}) and {@code problems/part-*} (one {@code FILE[:LINE]: message} line per input
 * problem, as the CLI prints them).
 *
 * <pre>
 * spark-submit --class org.conflictledger.spark.ExtractJob ... ledger-spark.jar INPUT... OUTPUT_DIR
 *     [--format jsonl,parquet] [--partitions N]
 * </pre>
 */
public final class ExtractJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    /** The Parquet columns of one extraction line: the contract's schema, field for field. */
    static final StructType EXTRACTION_SCHEMA = StructType.fromDDL("id STRING, incidents ARRAY<STRUCT<"
            + "incident_id: STRING, event_type: STRING, date_start: DATE, date_end: DATE, location: STRING, "
            + "admin1: STRING, country: STRING, lat: DOUBLE, lon: DOUBLE, geo_precision: STRING, "
            + "perpetrators: ARRAY<STRING>, disputed_perpetrator: BOOLEAN, claims: ARRAY<STRUCT<source: STRING, "
            + "category: STRING, `group`: STRING, value: INT, qualifier: STRING, evidence: STRING, start: INT, "
            + "`end`: INT>>>>");

    private static final String USAGE = "usage: ExtractJob INPUT... OUTPUT_DIR [--format jsonl,parquet] "
            + "[--partitions N]";

    private ExtractJob() {
    }

    /** What the job writes. */
    public enum Output {
        /** {@code OUTPUT_DIR/jsonl}: the lines of {@code ledger extract}. */
        JSONL,
        /** {@code OUTPUT_DIR/parquet}: the same extractions as columns. */
        PARQUET
    }

    /**
     * What to read, where to write.
     *
     * @param inputs files, directories or Hadoop globs, on any Hadoop file system, read in this order
     * @param output the output directory; must not exist yet
     * @param formats the outputs to write; problems are always written
     * @param partitions how many tasks extract (and resolve), or 0 for Spark's default parallelism
     */
    public record Options(List<String> inputs, String output, Set<Output> formats, int partitions) {
        public Options {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input given; " + USAGE);
            }
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("no output format given; " + USAGE);
            }
            formats = Set.copyOf(formats);
            if (partitions < 0) {
                throw new IllegalArgumentException("--partitions must be at least 1, was " + partitions);
            }
        }

        /** Parses the command line: {@code INPUT... OUTPUT_DIR [--format jsonl,parquet] [--partitions N]}. */
        public static Options parse(String... args) {
            List<String> paths = new ArrayList<>();
            Set<Output> formats = EnumSet.allOf(Output.class);
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--format") || arg.equals("--partitions")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(arg + " needs a value; " + USAGE);
                    }
                    String value = args[++i];
                    if (arg.equals("--format")) {
                        formats = formats(value);
                    } else {
                        partitions = partitions(value);
                    }
                } else if (arg.startsWith("--")) {
                    throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                } else {
                    paths.add(arg);
                }
            }
            if (paths.size() < 2) {
                throw new IllegalArgumentException("need at least one input and the output directory; " + USAGE);
            }
            return new Options(paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1), formats,
                    partitions);
        }

        private static Set<Output> formats(String value) {
            Set<Output> formats = EnumSet.noneOf(Output.class);
            for (String name : value.split(",")) {
                try {
                    formats.add(Output.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown --format " + name + "; expected jsonl, parquet", e);
                }
            }
            return formats;
        }

        private static int partitions(String value) {
            try {
                int n = Integer.parseInt(value.strip());
                if (n < 1) {
                    throw new IllegalArgumentException("--partitions must be at least 1, was " + value);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--partitions must be a number, was " + value, e);
            }
        }
    }

    /**
     * What one run did.
     *
     * @param files input files read
     * @param articles articles read and written, one line each
     * @param problems input problems (unreadable inputs, files, lines and records; renamed duplicate ids)
     * @param failed articles whose extraction failed, written with no incidents
     * @param mentions incident mentions written
     * @param incidents distinct global incident ids among them
     */
    public record Summary(long files, long articles, long problems, long failed, long mentions, long incidents) {
    }

    /** Runs the job on the cluster {@code spark-submit} gives; exits non-zero when nothing could be read. */
    public static void main(String[] args) {
        Options options = Options.parse(args);
        SparkSession spark = SparkSession.builder().appName("ledger-extract").getOrCreate();
        Summary summary;
        try {
            summary = run(spark, options);
        } finally {
            spark.stop();
        }
        LOG.info("ledger-extract: {}", summary);
        if (summary.articles() == 0) {
            throw new IllegalStateException("no article could be read from " + options.inputs()
                    + "; see " + options.output() + "/problems");
        }
    }

    /** Runs the job in {@code spark}, writing under {@code options.output()}. */
    public static Summary run(SparkSession spark, Options options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
        HadoopInputs.Listing listing = HadoopInputs.list(options.inputs(), jsc.hadoopConfiguration());
        HadoopConf conf = new HadoopConf(jsc.hadoopConfiguration());
        List<Tuple2<Integer, String>> files = new ArrayList<>();
        for (int i = 0; i < listing.files().size(); i++) {
            files.add(new Tuple2<>(i, listing.files().get(i)));
        }
        LOG.info("{} input files, {} inputs not found", files.size(), listing.problems().size());

        // a few files per task: tasks enough to keep every core reading, without one task per small file
        int readTasks = Math.max(1, Math.min(files.size(), 4 * partitions));
        JavaRDD<HadoopInputs.Item> items = jsc.parallelize(files, readTasks)
                .flatMap(f -> HadoopInputs.read(f._1(), f._2(), conf))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<ArticleRow> read = items.filter(i -> i.article() != null).map(HadoopInputs.Item::article);
        List<String> renameProblems = new ArrayList<>();
        JavaRDD<ArticleRow> articles = uniqueIds(jsc, read, listing.files(), renameProblems);

        long started = System.nanoTime();
        JavaRDD<ExtractedRow> extracted = articles.repartition(partitions)
                .mapPartitions(ExtractJob::extract)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long articleCount = extracted.count();
        LOG.info("{} articles read and extracted in {} s", articleCount, seconds(started));
        started = System.nanoTime();
        JavaRDD<String> problems = jsc.parallelize(listing.problems(), 1)
                .union(items.filter(i -> i.problem() != null).map(HadoopInputs.Item::problem))
                .union(jsc.parallelize(renameProblems, 1));
        problems.coalesce(1).saveAsTextFile(options.output() + "/problems");
        long problemCount = problems.count();
        items.unpersist();

        JavaPairRDD<String, Iterable<CountryResolution.Rename>> renames = extracted
                .flatMapToPair(r -> CountryResolution.mentions(r).iterator())
                .groupByKey(partitions)
                .flatMapToPair(block -> CountryResolution.resolve(block._1(), block._2()).iterator())
                .groupByKey(partitions);
        JavaRDD<ExtractedRow> resolved = extracted.mapToPair(r -> new Tuple2<>(r.id(), r))
                .leftOuterJoin(renames, partitions)
                .map(t -> t._2()._2().isPresent() ? CountryResolution.apply(t._2()._1(), t._2()._2().get()) : t._2()._1())
                .sortBy(ExtractedRow::position, true, partitions);

        StructType lineSchema = new StructType().add("id", DataTypes.StringType, false)
                .add("json", DataTypes.StringType, false);
        Dataset<Row> lines = spark.createDataFrame(resolved.map(r -> RowFactory.create(r.id(), r.json())), lineSchema)
                .persist(StorageLevel.MEMORY_AND_DISK());
        if (options.formats().contains(Output.JSONL)) {
            lines.select(col("json")).write().text(options.output() + "/jsonl");
        }
        Dataset<Row> columns = lines.select(col("id"),
                from_json(col("json"), EXTRACTION_SCHEMA).getField("incidents").alias("incidents"), col("json"));
        if (options.formats().contains(Output.PARQUET)) {
            columns.write().parquet(options.output() + "/parquet");
        }
        Row mentions = columns.agg(sum(size(col("incidents")))).first();
        long incidents = columns.select(explode(col("incidents")).alias("i")).select(col("i.incident_id"))
                .distinct().count();
        long failed = extracted.filter(ExtractedRow::failed).count();
        LOG.info("resolved and written in {} s", seconds(started));
        lines.unpersist();
        extracted.unpersist();
        return new Summary(files.size(), articleCount, problemCount, failed,
                mentions.isNullAt(0) ? 0 : mentions.getLong(0), incidents);
    }

    /** Extracts a partition's articles, one at a time, with the executor's shared pipeline. */
    static Iterator<ExtractedRow> extract(Iterator<ArticleRow> rows) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public ExtractedRow next() {
                if (!rows.hasNext()) {
                    throw new NoSuchElementException();
                }
                return extract(rows.next());
            }
        };
    }

    private static ExtractedRow extract(ArticleRow row) {
        try {
            return new ExtractedRow(row.position(), row.id(), row.published(), Json.line(SharedPipeline.extract(row.article())), false);
        } catch (RuntimeException e) {
            // as the CLI does: the article is reported and written with no incidents
            LOG.warn("{}: extraction failed: {}", row.id(), e.toString(), e);
            return new ExtractedRow(row.position(), row.id(), row.published(), Json.line(new Extraction(row.id(), List.of())), true);
        }
    }

    /**
     * Ids unique across files, as one ingest run makes them: the first article (in input order) keeps an id,
     * later ones take {@code id#2}, {@code id#3}, ..., skipping ids that other articles already carry. Ingest
     * already made them unique within each file; the duplicates across files are few, so they are settled on
     * the driver. (Where a literal {@code id#2} comes after a duplicated {@code id}, one ingest run would
     * rename the literal one instead; ids are unique either way.)
     */
    private static JavaRDD<ArticleRow> uniqueIds(JavaSparkContext jsc, JavaRDD<ArticleRow> read, List<String> files,
                                                 List<String> problems) {
        List<Tuple2<String, Iterable<Long>>> duplicates = read.mapToPair(a -> new Tuple2<>(a.id(), a.position()))
                .groupByKey()
                .filter(t -> t._2().iterator().hasNext() && count(t._2()) > 1)
                .collect();
        if (duplicates.isEmpty()) {
            return read;
        }
        Map<Long, String> renamed = new HashMap<>();
        int spare = 2;
        while (true) {
            Set<String> candidates = new HashSet<>();
            for (Tuple2<String, Iterable<Long>> d : duplicates) {
                for (int n = 2; n < count(d._2()) + spare; n++) {
                    candidates.add(d._1() + "#" + n);
                }
            }
            Broadcast<Set<String>> wanted = jsc.broadcast(candidates);
            Set<String> taken = new HashSet<>(read.map(ArticleRow::id).filter(id -> wanted.value().contains(id))
                    .distinct().collect());
            wanted.destroy();
            if (assign(duplicates, spare, taken, renamed, files, problems)) {
                break;
            }
            renamed.clear();
            problems.clear();
            spare *= 2;
        }
        Broadcast<Map<Long, String>> ids = jsc.broadcast(renamed);
        LOG.info("{} articles renamed: their ids were used in earlier files", renamed.size());
        return read.map(a -> ids.value().containsKey(a.position()) ? a.withId(ids.value().get(a.position())) : a);
    }

    private static boolean assign(List<Tuple2<String, Iterable<Long>>> duplicates, int spare, Set<String> taken,
                                  Map<Long, String> renamed, List<String> files, List<String> problems) {
        for (Tuple2<String, Iterable<Long>> d : duplicates) {
            List<Long> positions = new ArrayList<>();
            d._2().forEach(positions::add);
            positions.sort(null);
            int n = 2;
            for (Long position : positions.subList(1, positions.size())) {
                while (taken.contains(d._1() + "#" + n)) {
                    n++;
                }
                if (n >= positions.size() + spare) {
                    return false;
                }
                String id = d._1() + "#" + n++;
                renamed.put(position, id);
                problems.add(files.get((int) (position >>> 32)) + ": duplicate id \"" + d._1() + "\"; renamed to \""
                        + id + "\"");
            }
        }
        return true;
    }

    private static long seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000_000;
    }

    private static long count(Iterable<Long> values) {
        long n = 0;
        for (Long ignored : values) {
            n++;
        }
        return n;
    }
}
