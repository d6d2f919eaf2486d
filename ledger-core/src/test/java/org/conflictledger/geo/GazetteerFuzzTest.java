package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd input is data: whatever the string, the gazetteer answers and never throws. */
class GazetteerFuzzTest {
    private static final Gazetteer GAZETTEER = Gazetteer.geoNames();
    private static final String[] PIECES = {"al-", "Deir", " ", "-", "'", "‘", "(", ")", ",", ";", "province",
        "city of", "the", "Ḩ", "ā", "ı", "ß", "\u0301", "\u200b", "\t", "\n", "\u0000", "😀", "🇸🇾", "\ud83d",
        "\udca9", "حلب", "Мосул", "阿勒颇", "Raqqa", "Tripoli", "Idlib", "State", "district", "of", ".", "U.S.",
        "\uFEFF", "\uFFFF", "ـ", "١٢٣", "e", "ye"};

    @Test
    void randomNamesNeverThrow() {
        Random random = new Random(20151115);
        for (int i = 0; i < 20_000; i++) {
            String name = randomName(random);
            List<String> context = randomContext(random);
            Optional<Place> place = assertDoesNotThrow(() -> GAZETTEER.resolve(name, context), name);
            assertTrue(place != null, name);
            assertTrue(assertDoesNotThrow(() -> GAZETTEER.division(name, context), name) != null, name);
            assertDoesNotThrow(() -> GAZETTEER.countryCode(name), name);
        }
    }

    @Test
    void hugeAndEmptyInputsGiveNothing() {
        String huge = "Raqqa ".repeat(2000);
        assertTrue(GAZETTEER.resolve(huge, List.of("SY")).isEmpty());
        assertTrue(GAZETTEER.resolve("😀".repeat(5000), List.of()).isEmpty());
        assertTrue(GAZETTEER.resolve("\ud83d", List.of()).isEmpty());
        assertTrue(GAZETTEER.countryCode(huge) == null);
        assertTrue(GAZETTEER.resolve("", List.of()).isEmpty());
        assertTrue(GAZETTEER.resolve(null, null).isEmpty());
        assertTrue(GAZETTEER.division(huge + " province", List.of("SY")).isEmpty());
        assertTrue(GAZETTEER.division(null, null).isEmpty());
    }

    @Test
    void foldingNeverThrowsOnAnyChar() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
            if (all.length() == NameKeys.MAX_LENGTH) {
                String chunk = all.toString();
                assertDoesNotThrow(() -> NameKeys.loose(chunk));
                assertDoesNotThrow(() -> NameKeys.skeletonKey(NameKeys.words(chunk)));
                assertDoesNotThrow(() -> PlaceQuery.parse(chunk));
                all.setLength(0);
            }
        }
    }

    private static String randomName(Random random) {
        int kind = random.nextInt(4);
        StringBuilder b = new StringBuilder();
        int n = kind == 3 ? random.nextInt(400) : random.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (kind == 0 || kind == 3) {
                b.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return b.toString();
    }

    private static List<String> randomContext(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        List<String> context = new ArrayList<>();
        String[] codes = {"SY", "IQ", "LB", "ly", null, "", "S", "SYR", "😀", "ZZ"};
        for (int i = random.nextInt(4); i > 0; i--) {
            context.add(codes[random.nextInt(codes.length)]);
        }
        return context;
    }
}
