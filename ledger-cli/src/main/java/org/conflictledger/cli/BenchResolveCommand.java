package org.conflictledger.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictledger.model.Category;
import org.conflictledger.model.Claim;
import org.conflictledger.model.EventType;
import org.conflictledger.model.GeoPrecision;
import org.conflictledger.model.Group;
import org.conflictledger.model.IncidentMention;
import org.conflictledger.model.Qualifier;
import org.conflictledger.model.Report;
import org.conflictledger.resolve.IncidentResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ledger bench-resolve}: resolution of synthetic mentions at scale. Incidents are spread over five
 * years and 50 countries (each with 10 regions and a grid of 100 places); each is reported by one to five
 * articles whose dates shift by a day or go missing, whose tolls drift, whose place is sometimes only the
 * region, and whose perpetrator is sometimes unnamed. Resolves N/10 and then N mentions, and prints the
 * speed, the incidents found, pairwise precision and recall against the generated truth, the peak heap and
 * how the time grew against n log n.
 */
@Command(name = "bench-resolve", mixinStandardHelpOptions = true,
        description = "Measure cross-article resolution on synthetic mentions (N/10, then N).")
final class BenchResolveCommand implements Callable<Integer> {
    private static final LocalDate START = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 5 * 365;
    private static final int COUNTRIES = 50;
    private static final EventType[] TYPES = {EventType.AIR_STRIKE, EventType.DRONE_STRIKE,
            EventType.SHELLING_ARTILLERY_MISSILE, EventType.SUICIDE_BOMB, EventType.REMOTE_EXPLOSIVE_IED,
            EventType.ARMED_CLASH, EventType.ATTACK_ON_CIVILIANS, EventType.EXECUTION_MASS_KILLING};

    @Spec
    CommandSpec spec;

    @Option(names = "--mentions", defaultValue = "1000000", description = "Mentions of the larger run (default ${DEFAULT-VALUE}).")
    int mentions;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
    long seed;

    /** A synthetic batch: the reports and the true incident of each. */
    private record Batch(List<Report> reports, int[] truth) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (mentions < 100) {
            spec.commandLine().getErr().println("ledger: --mentions must be at least 100");
            return 1;
        }
        double[] seconds = new double[2];
        double[] cpuSeconds = new double[2];
        int[] sizes = {mentions / 10, mentions};
        for (int run = 0; run < 2; run++) {
            Batch batch = generate(sizes[run], seed);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long process0 = processCpuNanos();
            List<Report> resolved = IncidentResolver.scoring().resolve(List.of(), batch.reports());
            seconds[run] = (System.nanoTime() - t0) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
            cpuSeconds[run] = cpu;
            double process = (processCpuNanos() - process0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            double[] pr = pairScores(resolved, batch.truth());
            Set<String> found = new HashSet<>();
            resolved.forEach(r -> found.add(r.incidentId()));
            int trueIncidents = batch.truth().length == 0 ? 0 : max(batch.truth()) + 1;
            out.printf(Locale.ROOT, "mentions %,d: %.2f s (CPU: %.2f s resolving thread, %.2f s whole process with GC), "
                            + "%,.0f mentions/s, %,d incidents found (%,d true), pair precision %.3f recall %.3f, "
                            + "peak heap %.0f MiB%n",
                    sizes[run], seconds[run], cpu, process, sizes[run] / seconds[run], found.size(), trueIncidents,
                    pr[0], pr[1], peak / 1048576.0);
            out.flush();
        }
        double nlogn = sizes[1] * Math.log(sizes[1]) / (sizes[0] * Math.log(sizes[0]));
        out.printf(Locale.ROOT, "time ratio %.1f (CPU %.1f) for %dx the mentions; n log n ratio %.1f, n^2 ratio %d%n",
                seconds[1] / seconds[0], cpuSeconds[1] / cpuSeconds[0], sizes[1] / sizes[0], nlogn,
                (sizes[1] / sizes[0]) * (sizes[1] / sizes[0]));
        out.printf(Locale.ROOT, "max heap %.0f MiB, %d processors%n", Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** CPU time of the whole process (every thread, the collector's too), or -1 where the JVM does not tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static int max(int[] a) {
        int m = 0;
        for (int x : a) {
            m = Math.max(m, x);
        }
        return m;
    }

    /** Generates about {@code n} reports of incidents reported one to five times each. */
    static Batch generate(int n, long seed) {
        Random random = new Random(seed);
        String[] codes = countries();
        List<Report> reports = new ArrayList<>(n);
        List<Integer> truth = new ArrayList<>(n);
        int incident = 0;
        int article = 0;
        while (reports.size() < n) {
            int c = random.nextInt(COUNTRIES);
            int place = random.nextInt(100);
            double baseLat = -10 + (c % 10) * 5;
            double baseLon = 10 + (c / 10) * 10;
            double lat = baseLat + (place / 10) * 0.3;
            double lon = baseLon + (place % 10) * 0.3;
            String region = "Region " + codes[c] + "-" + (place / 10);
            LocalDate day = START.plusDays(random.nextInt(DAYS));
            EventType type = TYPES[random.nextInt(TYPES.length)];
            String actor = "Actor " + codes[c] + "-" + random.nextInt(5);
            int toll = 1 + (int) Math.round(Math.exp(random.nextDouble() * 5));
            int copies = 1 + random.nextInt(5);
            for (int k = 0; k < copies && reports.size() < n; k++) {
                int jitter = random.nextInt(10);
                LocalDate d = jitter == 0 ? null : jitter < 3 ? day.plusDays(random.nextInt(3) - 1) : day;
                int value = random.nextInt(10) < 6 ? toll : Math.max(0, (int) Math.round(toll * (0.8 + 0.4 * random.nextDouble())));
                boolean regionOnly = random.nextInt(10) == 0;
                String ev = value + " people were killed";
                Claim claim = new Claim("reporter", Category.KILLED, Group.ALL, value, Qualifier.EXACT, ev, 0, ev.length());
                String id = "a" + article++;
                IncidentMention m = new IncidentMention(id + "/0", type, d, d,
                        regionOnly ? region : "Place " + codes[c] + "-" + place, region, codes[c],
                        regionOnly ? baseLat + (place / 10) * 0.3 : lat, regionOnly ? baseLon : lon,
                        regionOnly ? GeoPrecision.REGION : GeoPrecision.CITY,
                        random.nextInt(10) < 7 ? List.of(actor) : List.of(), false, List.of(claim));
                reports.add(new Report(id, 0, "Outlet " + random.nextInt(200), day.plusDays(random.nextInt(3)), null, m));
                truth.add(incident);
            }
            incident++;
        }
        return new Batch(reports, truth.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String[] countries() {
        String[] all = Locale.getISOCountries();
        String[] out = new String[COUNTRIES];
        for (int i = 0; i < COUNTRIES; i++) {
            out[i] = all[i * (all.length / COUNTRIES)];
        }
        return out;
    }

    /** Pairwise precision and recall of the found incidents against the true ones. */
    private static double[] pairScores(List<Report> resolved, int[] truth) {
        Map<String, Map<Integer, Long>> found = new HashMap<>();
        Map<Integer, Long> trueSizes = new HashMap<>();
        for (int i = 0; i < resolved.size(); i++) {
            found.computeIfAbsent(resolved.get(i).incidentId(), k -> new HashMap<>()).merge(truth[i], 1L, Long::sum);
            trueSizes.merge(truth[i], 1L, Long::sum);
        }
        long tp = 0;
        long sys = 0;
        for (Map<Integer, Long> cluster : found.values()) {
            long size = 0;
            for (long v : cluster.values()) {
                tp += v * (v - 1) / 2;
                size += v;
            }
            sys += size * (size - 1) / 2;
        }
        long gold = 0;
        for (long v : trueSizes.values()) {
            gold += v * (v - 1) / 2;
        }
        return new double[] {sys == 0 ? 1 : tp / (double) sys, gold == 0 ? 1 : tp / (double) gold};
    }
}
