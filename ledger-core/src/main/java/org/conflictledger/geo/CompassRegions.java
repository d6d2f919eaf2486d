package org.conflictledger.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictledger.model.Countries;

/**
 * Regions that GeoNames holds only in parts, each part named by a compass word: Sudan's Northern, Southern,
 * Eastern, Western and Central Darfur are "Darfur"; Pakistan's North and South Waziristan are "Waziristan"; Egypt's
 * North and South Sinai are "Sinai"; Congo's North and South Kivu are "Kivu". News names the whole, and without it
 * the name fell to a namesake abroad or a guess from its skeleton ("Sinai" to Sardinia's Sinnai, "Kivu" to Kyiv).
 *
 * <p>A region is made when two or more divisions of one level in one country are one capitalised word of four
 * letters or more after different compass words, and that word is no country's name or demonym ("West Azerbaijan"
 * and "East Azerbaijan" are Iran's, but "Azerbaijan" is a country) and no landform ("Eastern Cape", "Western
 * Highlands"). The gazetteer keeps it only when one of its parts has a place and no place or division of that country
 * has the word as its own name ("Delhi" stays the city, not three of its districts).
 */
final class CompassRegions {
    private static final Pattern NAME = Pattern.compile(
            "((?:North|South)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|(?:East|West)(?:ern)?|Central|Upper|Lower|Middle)"
            + "[ -]+(\\p{Lu}[\\p{L}'\u2019]{3,})");
    private static final Set<String> LANDFORMS = Set.of("bank", "cape", "coast", "downs", "end", "highlands", "hill",
            "hills", "island", "islands", "lakes", "midlands", "mountains", "plains", "river", "side", "valley");

    /** A region found: its name as written in its parts' names, their level, country and ids. */
    record Group(String name, byte kind, short country, int[] parts) {
    }

    private CompassRegions() {
    }

    /** The divisions found for one word so far: their ids, their compass words, and the word as first written. */
    private record Found(List<Integer> parts, Set<String> compass, String word) {
    }

    /** The candidate regions among divisions {@code 0..divisions-1} of the table, in the order their first part comes. */
    static List<Group> find(PlaceTable table, int divisions) {
        Map<String, Found> found = new LinkedHashMap<>();
        for (int id = 0; id < divisions; id++) {
            Matcher m = NAME.matcher(table.name[id]);
            if (!m.matches()) {
                continue;
            }
            String key = table.kind[id] + " " + table.country[id] + " " + NameKeys.loose(m.group(2));
            Found f = found.computeIfAbsent(key, k -> new Found(new ArrayList<>(), new HashSet<>(), m.group(2)));
            f.parts().add(id);
            f.compass().add(m.group(1).toLowerCase(Locale.ROOT));
        }
        List<Group> groups = new ArrayList<>();
        for (Found f : found.values()) {
            if (f.compass().size() < 2 || LANDFORMS.contains(f.word().toLowerCase(Locale.ROOT))
                    || Countries.byNameOrDemonym(f.word()) != null) {
                continue;
            }
            int first = f.parts().get(0);
            groups.add(new Group(f.word(), table.kind[first], table.country[first],
                    f.parts().stream().mapToInt(Integer::intValue).toArray()));
        }
        return groups;
    }

    /** The first-level division all parts lie in, or -1: a first-level region's parts are themselves such divisions. */
    static int commonRegion(PlaceTable table, int[] parts) {
        int region = table.admin1[parts[0]];
        for (int part : parts) {
            if (table.kind[part] != PlaceTable.DISTRICT || table.admin1[part] != region) {
                return -1;
            }
        }
        return region;
    }
}
