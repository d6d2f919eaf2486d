package org.conflictledger.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The lines of a golden file of rule examples on the test classpath, less blank lines and "#" comments. */
final class GoldenLines {
    private GoldenLines() {
    }

    static Stream<String> of(String resource) {
        InputStream in = GoldenLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no test resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream();
    }

    /** The article of a line "PUBLISHED | TEXT => EXPECTED": its publication day and its text. */
    static org.conflictledger.model.Article dated(String id, String line) {
        java.time.LocalDate published = java.time.LocalDate.parse(line.substring(0, line.indexOf(" | ")));
        return new org.conflictledger.model.Article(id, null, null, published, null, articleText(line));
    }

    /** The text of a line "PUBLISHED | TEXT => EXPECTED". */
    static String articleText(String line) {
        return line.substring(line.indexOf(" | ") + 3, line.indexOf(" => "));
    }

    /** The text before " => ". */
    static String input(String line) {
        return line.substring(0, line.indexOf(" => "));
    }

    /** The text after " => ". */
    static String expected(String line) {
        return line.substring(line.indexOf(" => ") + 4).strip();
    }
}
