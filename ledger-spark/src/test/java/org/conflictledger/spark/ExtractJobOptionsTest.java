package org.conflictledger.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conflictledger.spark.ExtractJob.Options;
import org.conflictledger.spark.ExtractJob.Output;
import org.junit.jupiter.api.Test;

class ExtractJobOptionsTest {
    @Test
    void takesEveryPathButTheLastAsInputAndTheLastAsOutputDirectory() {
        Options o = Options.parse("hdfs://nn/a.jsonl", "--partitions", "64", "s3a://b/cc/*.warc.gz", "hdfs://nn/out",
                "--format", "parquet");

        assertAll(
                () -> assertEquals(List.of("hdfs://nn/a.jsonl", "s3a://b/cc/*.warc.gz"), o.inputs()),
                () -> assertEquals("hdfs://nn/out", o.output()),
                () -> assertEquals(Set.of(Output.PARQUET), o.formats()),
                () -> assertEquals(64, o.partitions()));
    }

    @Test
    void writesBothFormatsWithSparksDefaultParallelismUnlessTold() {
        Options o = Options.parse("in.jsonl", "out");

        assertAll(
                () -> assertEquals(EnumSet.allOf(Output.class), o.formats()),
                () -> assertEquals(0, o.partitions()));
    }

    @Test
    void rejectsMisuseNamingWhatIsWrong() {
        assertAll(
                () -> assertTrue(assertThrows(IllegalArgumentException.class, () -> Options.parse("out"))
                        .getMessage().startsWith("need at least one input and the output directory")),
                () -> assertTrue(assertThrows(IllegalArgumentException.class,
                        () -> Options.parse("in", "out", "--format", "jsonl,csv")).getMessage()
                        .startsWith("unknown --format csv")),
                () -> assertTrue(assertThrows(IllegalArgumentException.class,
                        () -> Options.parse("in", "out", "--partitions", "0")).getMessage()
                        .startsWith("--partitions must be at least 1")),
                () -> assertTrue(assertThrows(IllegalArgumentException.class,
                        () -> Options.parse("in", "out", "--partitions")).getMessage()
                        .startsWith("--partitions needs a value")),
                () -> assertTrue(assertThrows(IllegalArgumentException.class,
                        () -> Options.parse("in", "out", "--threads", "4")).getMessage()
                        .startsWith("unknown option --threads")));
    }
}
