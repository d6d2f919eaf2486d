package org.conflictledger.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.conflictledger.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MojibakeTest {
    @TempDir
    Path dir;

    /**
     * What a UTF-8 text becomes when something reads its bytes as Windows-1252, the five bytes it leaves undefined
     * as Latin-1's controls (as browsers and Python's "replace"-free readers do).
     */
    private static String misread(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            out.append(u >= 0x80 && u <= 0x9f ? Mojibake.CP1252_HIGH.charAt(u - 0x80) : (char) u);
        }
        return out.toString();
    }

    @Test
    void repairsUtf8ReadAsWindows1252OrLatin1() {
        assertEquals("don\u2019t", Mojibake.repair(misread("don\u2019t")));
        assertEquals("\u201cStop\u201d \u2014 said", Mojibake.repair(misread("\u201cStop\u201d \u2014 said")));
        assertEquals("\u00e9t\u00e9 \u00e0 Gen\u00e8ve", Mojibake.repair(misread("\u00e9t\u00e9 \u00e0 Gen\u00e8ve")));
        assertEquals("al-Ra\u1e0dqa \u0627\u0644\u0631\u0642\u0629", Mojibake.repair(misread("al-Ra\u1e0dqa \u0627\u0644\u0631\u0642\u0629")));
        // the same bytes read as Latin-1 leave C1 controls where Windows-1252 has quotes
        assertEquals("It\u2019s", Mojibake.repair("It\u00e2\u0080\u0099s"));
        assertEquals("a\u00a0b", Mojibake.repair("a\u00c2\u00a0b"));
    }

    @Test
    void dropsTheLeadOfANoBreakSpaceThatBecameASpace() {
        assertEquals("and Soul singer", Mojibake.repair("and\u00c2 Soul singer"));
        assertEquals("Source: Agencies", Mojibake.repair("Source:\u00c2 Agencies"));
        assertEquals("the end.", Mojibake.repair("the end.\u00c2"));
        assertEquals("a 2012  riot", Mojibake.repair("a 2012 \u00c2 riot"));
    }

    @Test
    void leavesTextThatIsAlreadyRightAsIs() {
        for (String clean : List.of("S\u00e3o Paulo", "\u00c2ge d'or", "\u00c2NGULO RECTO", "CAF\u00c2 ", "Deir ez-Zor",
                "na\u00efve caf\u00e9", "\u00c3 la carte", "Ma'arrat al-Nu'man", "")) {
            assertSame(clean, Mojibake.repair(clean), clean);
        }
        assertEquals("S\u00e3o Paulo \u00e9t\u00e9", Mojibake.repair("S\u00e3o Paulo " + misread("\u00e9t\u00e9")));
    }

    @Test
    void anyTextMisreadOnceComesBackWhole() {
        Random random = new Random(7);
        String[] alphabet = {"a", " ", ".", "\u2019", "\u201c", "\u2014", "\u0631", "\u1e0d", "\ud83d\ude00", "\u20ac", "\u00c2"};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                s.append(alphabet[random.nextInt(alphabet.length - 1)]);
            }
            String text = s.toString();
            assertEquals(text, Mojibake.repair(misread(text)), text);
            // and arbitrary input never throws nor grows
            s.append(alphabet[alphabet.length - 1]).append("\u0080\u00e2");
            String any = s.reverse().toString();
            assertTrue(Mojibake.repair(any).length() <= any.length(), any);
        }
    }

    @Test
    void ingestRepairsTitleAndText() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"title\": \"Blast kills 5 in Quetta\u00c2 \", \"text\": \""
                + "Five people were killed,\u00e2\u0080\u009d officials said.\u00c2 Police\u00e2\u0080\u0099s chief\"}\n",
                StandardCharsets.UTF_8);
        Article a = Ingest.readAll(List.of(file)).articles().get(0);
        assertEquals("Blast kills 5 in Quetta ", a.title());
        assertEquals("Five people were killed,\u201d officials said. Police\u2019s chief", a.text());
    }
}
