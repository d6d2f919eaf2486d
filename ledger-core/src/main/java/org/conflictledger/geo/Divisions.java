package org.conflictledger.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conflictledger.model.GeoPrecision;

/**
 * Words that name a kind of place rather than a place ("Idlib <em>province</em>", "<em>city of</em>
 * Mosul", GeoNames' "Borno <em>State</em>", "<em>Muhafazat</em> Hadramaout") and what they imply, and the
 * English word a country's first-level divisions take when GeoNames' name lacks one ("Raqqa" becomes
 * "Raqqa Governorate").
 */
final class Divisions {
    /** Trailing words of a name as written, and the level each implies. */
    private static final Map<String, GeoPrecision> TRAILING = Map.ofEntries(
            Map.entry("province", GeoPrecision.REGION), Map.entry("governorate", GeoPrecision.REGION),
            Map.entry("governate", GeoPrecision.REGION), Map.entry("state", GeoPrecision.REGION),
            Map.entry("region", GeoPrecision.REGION), Map.entry("oblast", GeoPrecision.REGION),
            Map.entry("prefecture", GeoPrecision.REGION), Map.entry("district", GeoPrecision.DISTRICT),
            Map.entry("county", GeoPrecision.DISTRICT), Map.entry("municipality", GeoPrecision.DISTRICT),
            Map.entry("city", GeoPrecision.CITY), Map.entry("town", GeoPrecision.CITY),
            Map.entry("village", GeoPrecision.CITY), Map.entry("lga", GeoPrecision.DISTRICT));

    /** Leading words of a name as written ("city of", "province of"); "of" follows them. */
    private static final Map<String, GeoPrecision> LEADING = Map.of(
            "province", GeoPrecision.REGION, "governorate", GeoPrecision.REGION, "state", GeoPrecision.REGION,
            "region", GeoPrecision.REGION, "district", GeoPrecision.DISTRICT, "city", GeoPrecision.CITY,
            "town", GeoPrecision.CITY, "village", GeoPrecision.CITY);

    /** Division words in GeoNames' admin names (English and local), stripped to index the bare name. */
    private static final Set<String> ADMIN_TRAILING = Set.of("province", "governorate", "state", "region", "oblast",
            "prefecture", "district", "county", "municipality", "department", "division", "territory", "emirate",
            "rayon", "raion", "okrug", "kommun", "kommune", "shi", "ilcesi", "city", "town", "area", "zone", "agency");
    private static final Set<String> ADMIN_LEADING = Set.of("muhafazat", "amanat", "wilayat", "ostan", "provincia",
            "departamento", "municipio", "comuna", "distrito", "shahrestan", "kabupaten", "kota", "amphoe",
            "huyen", "markaz", "powiat", "gemeente", "okres", "obshtina", "partido");

    /** The English word for first-level divisions where news English adds it to the name. */
    private static final Map<String, String> FIRST_LEVEL_WORD = Map.ofEntries(
            Map.entry("SY", "Governorate"), Map.entry("IQ", "Governorate"), Map.entry("YE", "Governorate"),
            Map.entry("LB", "Governorate"), Map.entry("JO", "Governorate"), Map.entry("EG", "Governorate"),
            Map.entry("KW", "Governorate"), Map.entry("BH", "Governorate"), Map.entry("OM", "Governorate"),
            Map.entry("TN", "Governorate"), Map.entry("AF", "Province"), Map.entry("IR", "Province"),
            Map.entry("TR", "Province"), Map.entry("CD", "Province"), Map.entry("MZ", "Province"),
            Map.entry("NG", "State"), Map.entry("SD", "State"), Map.entry("SS", "State"),
            Map.entry("BF", "Region"), Map.entry("CM", "Region"));

    private Divisions() {
    }

    /** What a trailing word of a written name implies, or null when it is no division word. */
    static GeoPrecision trailing(String word) {
        return TRAILING.get(word);
    }

    /**
     * How many of the last words (lower case) name Nigeria's second-level division: 3 for "local government area", 1
     * for "lga", else 0.
     */
    static int localGovernmentAreaWords(List<String> words) {
        int n = words.size();
        if (n >= 3 && words.get(n - 3).equals("local") && words.get(n - 2).equals("government") && words.get(n - 1).equals("area")) {
            return 3;
        }
        return n >= 1 && words.get(n - 1).equals("lga") ? 1 : 0;
    }

    /** What a leading word of a written name implies when "of" follows it, or null. */
    static GeoPrecision leading(String word) {
        return LEADING.get(word);
    }

    /** An admin name's words without its division words: "Borno State" gives "borno". */
    static List<String> bareAdminWords(List<String> words) {
        int from = 0;
        int to = words.size();
        while (to - from > 1 && ADMIN_TRAILING.contains(words.get(to - 1))) {
            to--;
        }
        while (to - from > 1 && (ADMIN_LEADING.contains(words.get(from)) || words.get(from).equals("e"))) {
            from++;
        }
        return words.subList(from, to);
    }

    /** An admin display name without its division words: "Borno State" gives "Borno". */
    static String bareAdminName(String shown) {
        if (!hasAdminWord(NameKeys.fold(shown))) {
            return shown;
        }
        String[] tokens = shown.strip().split(" ");
        int from = 0;
        int to = tokens.length;
        while (to - from > 1 && onlyDivisionWords(tokens[to - 1], ADMIN_TRAILING)) {
            to--;
        }
        while (to - from > 1 && onlyDivisionWords(tokens[from], ADMIN_LEADING)) {
            from++;
        }
        return String.join(" ", Arrays.asList(tokens).subList(from, to));
    }

    private static boolean onlyDivisionWords(String token, Set<String> words) {
        List<String> parts = NameKeys.words(token);
        for (String w : parts) {
            if (!words.contains(w) && !w.equals("e")) {
                return false;
            }
        }
        return !parts.isEmpty();
    }

    /** Whether folded words (as {@link NameKeys#fold} gives them) open or close with a division word. */
    static boolean hasAdminWord(String folded) {
        int firstEnd = folded.indexOf(' ');
        if (firstEnd < 0) {
            return false;
        }
        String first = folded.substring(0, firstEnd);
        String last = folded.substring(folded.lastIndexOf(' ') + 1);
        return ADMIN_TRAILING.contains(last) || ADMIN_LEADING.contains(first) || first.equals("e");
    }

    /** A first-level division's name as English news writes it: "Raqqa" in SY gives "Raqqa Governorate". */
    static String firstLevelName(String name, String country) {
        String word = FIRST_LEVEL_WORD.get(country);
        if (word == null || name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        List<String> words = NameKeys.words(name);
        if (words.isEmpty() || bareAdminWords(words).size() < words.size()) {
            return name;
        }
        return name + " " + word;
    }
}
