package org.conflictledger.resolve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.conflictledger.model.Json;

/** The dev gold articles of {@code ../shared/gold/dev} as JSON trees by id; a test is skipped without them. */
final class GoldArticles {
    private GoldArticles() {
    }

    static Path dir() {
        String property = System.getProperty("ledger.shared");
        for (Path p : Stream.of(property, "../../shared", "../shared").filter(s -> s != null && !s.isBlank())
                .map(Path::of).toList()) {
            if (Files.isDirectory(p.resolve("gold/dev"))) {
                return p.resolve("gold/dev").toAbsolutePath().normalize();
            }
        }
        assumeTrue(false, "no shared gold/dev folder; skipping");
        throw new IllegalStateException("unreachable");
    }

    /** Every gold article by id, in id order. */
    static Map<String, JsonNode> all() {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode n = Json.mapper().readTree(f.toFile());
                if (n.hasNonNull("id") && n.hasNonNull("text")) {
                    out.put(n.get("id").asText(), n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String text(String id) {
        JsonNode n = all().get(id);
        assumeTrue(n != null, "gold article " + id + " is missing; skipping");
        return n.get("text").asText();
    }

    static List<String> paragraphs(String text) {
        return Stream.of(text.split("\n")).filter(p -> !p.isBlank()).toList();
    }
}
