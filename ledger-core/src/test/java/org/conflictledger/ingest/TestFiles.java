package org.conflictledger.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the input files the ingest tests read, under a test's temporary directory. */
final class TestFiles {
    private TestFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code dir/name}, creating parent directories. */
    static Path write(Path dir, String name, String content) throws IOException {
        return writeBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code content} to {@code dir/name}, creating parent directories. */
    static Path writeBytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
