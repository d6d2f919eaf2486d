package org.conflictledger.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans place names the tagger read out of title-cased or unpunctuated text: "Manbij Killing 80 terrorists",
 * "Adra Ambush Middle East" (a headline), where the name runs on into the words of the event.
 */
public final class PlaceNames {
    /** Words of a violent event, which no place name of the gazetteer's kind continues with. */
    private static final Set<String> EVENT_WORDS = Set.of("killing", "killings", "killed", "kills", "attack", "attacks",
            "ambush", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "airstrike", "airstrikes",
            "strike", "strikes", "raid", "raids", "shelling", "clash", "clashes", "massacre", "offensive");

    /** Words that say where in a place, not which: "northern Syria", "east Aleppo", "rural Damascus", "Greater Cairo". */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern", "new", "greater", "upper", "lower", "rural");

    /** Words after a name that make it a first-level division: "Hajja province", "Borno State", "Idlib Governorate". */
    private static final Set<String> REGION_WORDS = Set.of("province", "governorate", "state", "region", "county");

    /**
     * Parts of the world above any one country: continents and the regions news names across borders ("the journey to
     * Europe", "across the Sahel"), which no gazetteer of towns and divisions places and no story's country contains.
     */
    private static final Set<String> WORLD_REGIONS = Set.of("africa", "asia", "europe", "america", "americas", "oceania",
            "antarctica", "eurasia", "middle east", "near east", "far east", "latin america", "sub-saharan africa",
            "horn of africa", "sahel", "maghreb", "levant", "balkans", "caucasus", "scandinavia", "caribbean",
            "arabian peninsula", "persian gulf", "mediterranean", "atlantic", "pacific", "arctic");

    private PlaceNames() {
    }

    /**
     * Whether a name is a part of the world above any one country ("Europe", "the Middle East", "West Africa",
     * "Southeast Asia"), a sea or an ocean ("the Mediterranean Sea", "Indian Ocean"); not a country ("South Africa").
     */
    public static boolean isWorldRegion(String name) {
        if (name == null || Countries.byName(name) != null) {
            return false; // "South Africa", "America" for the United States
        }
        List<String> words = new ArrayList<>(List.of(name.strip().toLowerCase(Locale.ROOT).split("[\\s]+")));
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && DIRECTIONS.contains(words.get(0))) {
            words.remove(0); // "West Africa", "Eastern Europe", "northern Europe"
        }
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && (last.equals("sea") || last.equals("ocean"))) {
            return true; // "the Mediterranean Sea", "the Red Sea", "Indian Ocean"
        }
        return WORLD_REGIONS.contains(String.join(" ", words));
    }

    /** Whether a word (lower case) after a name makes it a region: "province", "governorate", "state", "region", "county". */
    public static boolean isRegionWord(String word) {
        return REGION_WORDS.contains(word);
    }

    /** Whether a word (lower case) after a name makes it a division: a region word or "district". */
    public static boolean isDivisionWord(String word) {
        return REGION_WORDS.contains(word) || word.equals("district");
    }

    /** Whether a word (lower case) says where in a place: "northern", "east", "central", "rural". */
    public static boolean isDirection(String word) {
        return DIRECTIONS.contains(word);
    }

    /** The name up to its first event word ("Manbij" of "Manbij Killing"), or null when it opens with one. */
    public static String beforeEventWords(String name) {
        if (name == null) {
            return null;
        }
        String[] words = name.split(" ");
        int cut = 0;
        while (cut < words.length && !EVENT_WORDS.contains(words[cut].toLowerCase(Locale.ROOT))) {
            cut++;
        }
        if (cut == words.length) {
            return name;
        }
        return cut == 0 ? null : String.join(" ", java.util.Arrays.copyOf(words, cut));
    }
}
