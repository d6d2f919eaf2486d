package org.conflictledger.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictledger.model.Incident;
import org.conflictledger.store.IncidentQuery;
import org.conflictledger.store.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 concurrent clients on loopback, each with its own HTTP client and connection, sending a fixed number of
 * requests across the API and the page, within a hard time bound. Asserts no error and reports p50/p90/p99 latency
 * (also written to {@code target/load-test.txt}).
 */
class LoadIT {
    static final int CLIENTS = 200;
    static final int REQUESTS_PER_CLIENT = 25;
    static final Duration BOUND = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    @Test
    void serves200ConcurrentClientsWithoutError() throws Exception {
        try (LedgerStore store = Ledgers.filled(dir); LedgerServer server = LedgerServer.start(store, "127.0.0.1", 0)) {
            List<String> paths = new ArrayList<>(List.of("/api/incidents?limit=20", "/api/stats",
                    "/api/incidents?country=SY&sort=killed_desc", "/api/incidents?q=killed&limit=5", "/", "/js/app.js"));
            for (Incident i : store.incidents(IncidentQuery.all())) {
                paths.add("/api/incidents/" + Http.encode(i.id()));
                paths.add("/api/articles/" + Http.encode(i.reports().get(0).articleId()));
            }
            URI base = server.uri();
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger done = new AtomicInteger();
            long deadline = System.nanoTime() + BOUND.toNanos();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(10)).build();
                    go.await();
                    for (int n = 0; n < REQUESTS_PER_CLIENT && System.nanoTime() < deadline; n++) {
                        String path = paths.get((client * 7 + n) % paths.size());
                        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).build();
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            latencies.add(System.nanoTime() - t0);
                            if (r.statusCode() != 200 || r.body().length == 0) {
                                errors.add(path + " -> " + r.statusCode());
                            } else {
                                done.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.add(path + " -> " + e);
                        }
                    }
                    return null;
                });
            }
            long start = System.nanoTime();
            go.countDown();
            clients.shutdown();
            boolean finished = clients.awaitTermination(BOUND.toSeconds() + 30, TimeUnit.SECONDS);
            clients.shutdownNow();
            double seconds = (System.nanoTime() - start) / 1e9;

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            String report = String.format(Locale.ROOT,
                    "load: %d clients x %d requests on loopback: %d ok, %d errors in %.1f s (%.0f req/s); "
                            + "latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d cores, load average %.1f)",
                    CLIENTS, REQUESTS_PER_CLIENT, done.get(), errors.size(), seconds, done.get() / seconds,
                    ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 1.0),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println(report);
            Files.writeString(Path.of("target", "load-test.txt"), report + "\n", StandardCharsets.UTF_8);

            assertTrue(finished, "clients finished within the bound");
            assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(10, errors.size())), "no errors");
            assertEquals(CLIENTS * REQUESTS_PER_CLIENT, done.get(), "every request answered within " + BOUND);
            assertTrue(ms(sorted, 0.99) < 30_000, "p99 under 30 s on a shared 2-core machine: " + report);
        }
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }
}
