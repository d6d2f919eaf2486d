package org.conflictledger.model;

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

    private PlaceNames() {
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
