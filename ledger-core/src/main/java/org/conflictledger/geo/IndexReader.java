package org.conflictledger.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the bundled index ({@code geo/geonames-index.tsv.gz}, written by
 * {@code src/main/scripts/build-gazetteer.sh}; its header documents the columns) into a
 * {@link PlaceTable} and two {@link NameIndex}es. Names are folded by {@link NameKeys} here rather than
 * in the build, so the data holds GeoNames' names as they are and a change of the fold needs no rebuild.
 *
 * <p>Folding half a million names dominates the load, so places are folded in parallel: each of a few
 * shards indexes a contiguous run of places into its own pair of indexes (an entity's keys never span
 * shards), and lookups ask every shard. Records and entity ids are assigned in file order first, so the
 * result does not depend on scheduling.
 */
final class IndexReader {
    private static final int PLACE_COLUMNS = 12;
    private static final int DIVISION_COLUMNS = 4;

    private static final int MAX_SHARDS = 4;

    final PlaceTable table = new PlaceTable();
    /** Per shard: its loose index, then its skeleton index. */
    final List<NameIndex[]> shards = new ArrayList<>();
    private final Map<String, Integer> admin1Codes = new HashMap<>();
    private final Map<String, Integer> admin2Codes = new HashMap<>();
    private final String source;
    private final int[] tabs = new int[PLACE_COLUMNS + 1];
    private final StringBuilder folded = new StringBuilder(64);
    private final StringBuilder looseKey = new StringBuilder(64);
    private final StringBuilder skeletonKey = new StringBuilder(64);
    private final NameIndex loose;
    private final NameIndex skeleton;
    private int lineNumber;

    private IndexReader(String source, NameIndex loose, NameIndex skeleton) {
        this.source = source;
        this.loose = loose;
        this.skeleton = skeleton;
    }

    /** Reads a gzipped index; fails naming the source and line when it is malformed. */
    static IndexReader read(InputStream gzipped, String source) throws IOException {
        List<String> lines = new ArrayList<>(1 << 18);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        IndexReader main = new IndexReader(source, new NameIndex(1 << 17), new NameIndex(1 << 17));
        int[] divisionLines = main.divisions(lines);
        int[] placeLines = main.places(lines, divisionLines.length);
        int firstPlace = main.table.reserve(placeLines.length);
        int placeShards = Math.max(1, Math.min(MAX_SHARDS, Runtime.getRuntime().availableProcessors()));
        int[] bounds = new int[placeShards + 1];
        for (int s = 0; s <= placeShards; s++) {
            bounds[s] = (int) ((long) placeLines.length * s / placeShards);
        }
        int perShard = placeLines.length * 5 / 2 / placeShards + 16;
        // task 0 names the divisions into main's own indexes; the others each index a run of places
        List<NameIndex[]> built = IntStream.rangeClosed(0, placeShards).parallel().mapToObj(task -> {
            IndexReader shard = task == 0 ? main : new IndexReader(source, new NameIndex(perShard), new NameIndex(perShard));
            if (task == 0) {
                for (int i = 0; i < divisionLines.length; i++) {
                    main.division(lines.get(divisionLines[i]), divisionLines[i] + 1, i);
                }
            } else {
                for (int i = bounds[task - 1]; i < bounds[task]; i++) {
                    shard.place(lines.get(placeLines[i]), placeLines[i] + 1, firstPlace + i, main);
                }
            }
            shard.loose.trim();
            shard.skeleton.trim();
            return new NameIndex[] {shard.loose, shard.skeleton};
        }).toList();
        main.shards.addAll(built);
        List<CompassRegions.Group> groups = CompassRegions.find(main.table, divisionLines.length);
        int firstGroup = main.table.reserve(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            CompassRegions.Group group = groups.get(g);
            main.table.set(firstGroup + g, group.kind(), PlaceTable.PPL, group.name(), null, group.country(),
                    CompassRegions.commonRegion(main.table, group.parts()), -1, 0, 0, 0);
        }
        main.table.finish();
        main.addCompassRegions(groups, firstGroup);
        return main;
    }

    /**
     * Gives every division (the A1 and A2 lines that open the file) its entity id, in file order, and
     * maps its code to it; returns their line numbers.
     */
    private int[] divisions(List<String> lines) {
        int[] found = new int[lines.size()];
        int count = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            lineNumber = i + 1;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (!line.startsWith("A1\t") && !line.startsWith("A2\t")) {
                break;
            }
            int end = line.indexOf('\t', 3);
            String code = end < 0 ? "" : line.substring(3, end);
            if (code.length() < 4 || code.charAt(2) != '.' || PlaceTable.countryIndex(code.substring(0, 2)) < 0) {
                throw malformed("bad division code " + code);
            }
            int id = table.reserve(1);
            if (id != count) {
                throw malformed("divisions must open the file");
            }
            (line.charAt(1) == '1' ? admin1Codes : admin2Codes).put(code, id);
            found[count++] = i;
        }
        return Arrays.copyOf(found, count);
    }

    /** The line numbers of places, which follow the divisions and fill the rest of the file. */
    private int[] places(List<String> lines, int skipDivisions) {
        int[] found = new int[lines.size()];
        int count = 0;
        int divisions = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            lineNumber = i + 1;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (divisions < skipDivisions) {
                divisions++;
            } else if (line.startsWith("P\t")) {
                found[count++] = i;
            } else {
                throw malformed(line.startsWith("A") ? "divisions must come before places" : "unknown record type");
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Records where each column starts ({@code tabs[k] + 1}) and ends ({@code tabs[k + 1]}); returns their count. */
    private int split(String line) {
        tabs[0] = -1;
        int columns = 1;
        for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) {
            if (columns == PLACE_COLUMNS) {
                return columns + 1;
            }
            tabs[columns++] = i;
        }
        tabs[columns] = line.length();
        return columns;
    }

    private String column(String line, int k) {
        return line.substring(tabs[k] + 1, tabs[k + 1]);
    }

    /** Fills division {@code id} (given by {@link #divisions}) from its line and indexes its names. */
    private void division(String line, int number, int id) {
        lineNumber = number;
        expect(split(line), DIVISION_COLUMNS);
        byte kind = line.charAt(1) == '1' ? PlaceTable.REGION : PlaceTable.DISTRICT;
        String code = column(line, 1);
        String name = column(line, 2);
        String display = column(line, 3);
        String cc = code.substring(0, 2);
        String shown = display.isEmpty() ? name : display;
        String bare = Divisions.bareAdminName(shown);
        if (kind == PlaceTable.REGION) {
            table.set(id, kind, PlaceTable.PPL, bare, Divisions.firstLevelName(shown, cc),
                    PlaceTable.countryIndex(cc), id, -1, 0, 0, 0);
        } else {
            int region = admin1Codes.getOrDefault(code.substring(0, code.lastIndexOf('.')), -1);
            table.set(id, kind, PlaceTable.PPL, bare, null, PlaceTable.countryIndex(cc), region, id, 0, 0, 0);
        }
        table.names[id] = display.isEmpty() ? name : name + "," + display;
        indexDivisionName(id, name);
        if (!display.isEmpty()) {
            indexDivisionName(id, display);
        }
    }

    /** Indexes a division's name, and its bare form when it has a division word ("Borno State", "borno"). */
    private void indexDivisionName(int id, String text) {
        String foldedName = NameKeys.fold(text);
        NameKeys.looseKey(foldedName, looseKey);
        index(id, looseKey, true);
        if (Divisions.hasAdminWord(foldedName)) {
            index(id, NameKeys.looseKey(Divisions.bareAdminWords(NameKeys.words(text))), true);
        }
    }

    /** Parses a place line into entity {@code id} (reserved) and indexes its names; divisions come from {@code main}. */
    private void place(String line, int number, int id, IndexReader main) {
        lineNumber = number;
        expect(split(line), PLACE_COLUMNS);
        String cc = column(line, 5);
        short country = PlaceTable.countryIndex(cc);
        if (country < 0) {
            throw malformed("bad country code " + cc);
        }
        String a1 = column(line, 6);
        String a2 = column(line, 7);
        String display = column(line, 3);
        int region = a1.isEmpty() ? -1 : main.admin1Codes.getOrDefault(cc + "." + a1, -1);
        int district = a1.isEmpty() || a2.isEmpty() ? -1
                : main.admin2Codes.getOrDefault(cc + "." + a1 + "." + a2, -1);
        main.table.set(id, PlaceTable.PLACE, PlaceTable.featureRank(column(line, 4)),
                display.isEmpty() ? column(line, 2) : display, null, country, region, district,
                degrees5(column(line, 8)), degrees5(column(line, 9)), population(column(line, 10)));
        main.table.names[id] = line.substring(tabs[2] + 1, tabs[4]).replace('\t', ',') + "," + line.substring(tabs[11] + 1, tabs[12]);
        index(id, line, tabs[2] + 1, tabs[3], true);
        index(id, line, tabs[3] + 1, tabs[4], true);
        int end = tabs[12];
        for (int start = tabs[11] + 1; start < end; ) {
            int comma = line.indexOf(',', start);
            if (comma < 0 || comma > end) {
                comma = end;
            }
            index(id, line, start, comma, false);
            start = comma + 1;
        }
    }

    /** Folds {@code line[from, to)} and indexes it. */
    private void index(int id, String line, int from, int to, boolean own) {
        if (to > from) {
            NameKeys.fold(line, from, to, folded);
            NameKeys.looseKey(folded, looseKey);
            index(id, looseKey, own);
        }
    }

    /** Indexes a loose key, and its skeleton when the key is new for the entity. */
    private void index(int id, CharSequence key, boolean own) {
        if (loose.add(key, id, own)) {
            NameKeys.skeletonKey(key, skeletonKey);
            skeleton.add(skeletonKey, id, own);
        }
    }

    /**
     * Completes the compass regions reserved from {@code first} on ({@link CompassRegions}), once their parts have
     * seats and people: a region gets the sum of its parts' people, the mean of their coordinates and its largest
     * part's seat, and its name is indexed. One without places, or whose name a place or division of its country
     * owns already, keeps no seat and so is never found.
     */
    private void addCompassRegions(List<CompassRegions.Group> groups, int first) {
        for (int g = 0; g < groups.size(); g++) {
            CompassRegions.Group group = groups.get(g);
            int id = first + g;
            long people = 0;
            long lat = 0;
            long lon = 0;
            int seated = 0;
            int largest = -1;
            for (int part : group.parts()) {
                if (table.seat[part] >= 0) {
                    people += table.population[part];
                    lat += table.lat5[part];
                    lon += table.lon5[part];
                    seated++;
                    if (largest < 0 || table.population[part] > table.population[largest]) {
                        largest = part;
                    }
                }
            }
            String key = NameKeys.loose(group.name());
            if (seated == 0 || ownedIn(key, group.country())) {
                continue;
            }
            table.population[id] = people;
            table.lat5[id] = (int) (lat / seated);
            table.lon5[id] = (int) (lon / seated);
            table.seat[id] = table.seat[largest];
            table.names[id] = group.name();
            table.parts.put(id, group.parts());
            index(id, key, true);
        }
        loose.trim();
        skeleton.trim();
    }

    /** Whether a place or division of the country has the loose key as its own name. */
    private boolean ownedIn(String key, short country) {
        for (NameIndex[] shard : shards) {
            for (int posting : shard[0].find(key)) {
                if ((posting & 1) == 1 && table.country[posting >>> 1] == country) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Decimal degrees as hundred-thousandths, parsed by hand (GeoNames writes at most five decimals). */
    private int degrees5(String value) {
        int i = 0;
        boolean negative = !value.isEmpty() && value.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long units = 0;
        int decimals = -1;
        int digits = 0;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.' && decimals < 0) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && digits < 12) {
                if (decimals < 5) {
                    units = units * 10 + (c - '0');
                    digits++;
                    if (decimals >= 0) {
                        decimals++;
                    }
                }
            } else {
                throw malformed("bad coordinate " + value);
            }
        }
        if (digits == 0) {
            throw malformed("bad coordinate " + value);
        }
        for (int d = Math.max(decimals, 0); d < 5; d++) {
            units *= 10;
        }
        long result = negative ? -units : units;
        if (result < -18_000_000 || result > 18_000_000) {
            throw malformed("coordinate out of range " + value);
        }
        return (int) result;
    }

    private long population(String value) {
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw malformed("bad population " + value);
        }
    }

    private void expect(int columns, int expected) {
        if (columns != expected) {
            throw malformed("expected " + expected + " columns, got " + columns);
        }
    }

    private IllegalStateException malformed(String problem) {
        return new IllegalStateException(source + " line " + lineNumber + ": " + problem);
    }
}
