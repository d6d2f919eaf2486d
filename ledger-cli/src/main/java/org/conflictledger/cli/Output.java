package org.conflictledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command writes its output: standard output, left open, or a file that is replaced whole, in one
 * atomic move, only when everything was written (a failed run leaves the old file as it was).
 */
final class Output {
    /** What a command writes. */
    interface Body<T> {
        T write(Writer w) throws IOException;
    }

    private Output() {
    }

    /** Writes the body to {@code file}, or to {@code stdout} when the file is null; returns what the body returns. */
    static <T> T write(Path file, PrintWriter stdout, Body<T> body) throws IOException {
        if (file == null) {
            T result = body.write(stdout);
            stdout.flush();
            return result;
        }
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        T result;
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            result = body.write(w);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return result;
    }
}
