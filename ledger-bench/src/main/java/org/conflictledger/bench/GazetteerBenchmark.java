package org.conflictledger.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.conflictledger.geo.Gazetteer;
import org.conflictledger.geo.Place;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The gazetteer's name lookup, the geo stage's inner loop: spelling variants, division words, qualifiers, misses. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GazetteerBenchmark {
    private static final List<String> NAMES = List.of("Raqqa", "al-Raqqa", "Deir ez-Zor", "Dayr az Zawr", "Idlib province",
            "Kunduz", "Sangin (Helmand)", "Tripoli, Lebanon", "Borno State", "Maiduguri", "Mogadishu", "Nowhere-at-all");
    private static final List<String> CONTEXT = List.of("SY", "IQ");

    private Gazetteer gazetteer;
    private int next;

    /** Loads the bundled GeoNames index once. */
    @Setup
    public void load() {
        gazetteer = Gazetteer.geoNames();
        gazetteer.resolve("Raqqa", CONTEXT);
    }

    /** Resolves the next name. */
    @Benchmark
    public Optional<Place> resolve() {
        String name = NAMES.get(next);
        next = next + 1 == NAMES.size() ? 0 : next + 1;
        return gazetteer.resolve(name, CONTEXT);
    }
}
