package org.conflictledger.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds {@code ../shared} (the gold, the benchmarks and the reference scripts) and runs python3 on them;
 * a test that needs either is skipped, saying why, where they are absent.
 */
final class SharedData {
    private static Boolean python;

    private SharedData() {
    }

    /**
     * The shared folder: the system property {@code ledger.shared}, else {@code ../../shared} or
     * {@code ../shared} from the working directory (ledger-core when Maven runs the tests).
     */
    static Path dir() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("ledger.shared");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("../../shared"));
        candidates.add(Path.of("../shared"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve("gold")) && Files.isDirectory(p.resolve("bench"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "no shared folder (gold/ and bench/) at -Dledger.shared, ../../shared or ../shared from "
                + Path.of("").toAbsolutePath() + "; skipping");
        throw new IllegalStateException("unreachable");
    }

    /** The shared folder, and python3 on the PATH, or the test is skipped. */
    static Path dirWithPython() {
        Path dir = dir();
        assumeTrue(hasPython(), "python3 is not on the PATH; skipping the comparison with the reference score.py");
        return dir;
    }

    private static synchronized boolean hasPython() {
        if (python == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                python = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                python = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                python = false;
            }
        }
        return python;
    }

    /** Runs python3 with these arguments and returns its standard output; fails with its error output. */
    static String python(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("python3");
        command.addAll(List.of(args));
        Path err = Files.createTempFile("python-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
            pb.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + command);
            }
            if (p.exitValue() != 0) {
                throw new IOException(command + " exited with " + p.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return out;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
