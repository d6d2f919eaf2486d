package org.conflictledger.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity the gazetteer knows, in parallel arrays indexed by entity id: first-level divisions,
 * second-level divisions, then populated places, in index-file order. Divisions get coordinates from
 * their seat ({@link #finish}); countries are not entities but have a seat and a population here too.
 */
final class PlaceTable {
    static final byte PLACE = 0;
    static final byte REGION = 1;
    static final byte DISTRICT = 2;

    /** Feature ranks of populated places (GeoNames feature codes). */
    static final byte PPL = 0;
    static final byte CAPITAL = 1;
    static final byte SEAT1 = 2;
    static final byte SEAT2 = 3;
    static final byte SEAT3 = 4;
    static final byte SEAT4 = 5;
    static final byte SECTION = 6;
    static final byte HISTORIC = 7;
    static final byte MINOR = 8;

    private static final int COUNTRIES = 26 * 26;

    int size;
    byte[] kind = new byte[1 << 18];
    byte[] feature = new byte[1 << 18];
    String[] name = new String[1 << 18];
    String[] admin1Name = new String[1 << 18];
    /** Every name of the entity as the index writes it, comma-separated, for checking a skeleton match's spelling. */
    String[] names = new String[1 << 18];
    short[] country = new short[1 << 18];
    int[] admin1 = new int[1 << 18];
    int[] admin2 = new int[1 << 18];
    int[] lat5 = new int[1 << 18];
    int[] lon5 = new int[1 << 18];
    long[] population = new long[1 << 18];
    /** By feature rank: the lower quartile of known place populations ({@link #rankingPopulation}). */
    private final long[] typicalPopulation = new long[MINOR + 1];
    int[] seat = new int[1 << 18];
    /** A compass region's parts ({@link CompassRegions}): "Darfur" to Sudan's five Darfur states. */
    final Map<Integer, int[]> parts = new HashMap<>();
    final int[] countrySeat = new int[COUNTRIES];
    final long[] countryPopulation = new long[COUNTRIES];

    PlaceTable() {
        Arrays.fill(countrySeat, -1);
    }

    /** Adds an entity and returns its id; a division's coordinates and population come later. */
    int add(byte kind, byte feature, String name, String admin1Name, short country, int admin1, int admin2,
            int lat5, int lon5, long population) {
        int id = reserve(1);
        set(id, kind, feature, name, admin1Name, country, admin1, admin2, lat5, lon5, population);
        return id;
    }

    /** Reserves ids for {@code count} entities to {@link #set} later (from any thread, one id each); returns the first. */
    int reserve(int count) {
        while (size + count > kind.length) {
            grow();
        }
        int first = size;
        size += count;
        return first;
    }

    /** Fills a reserved entity. */
    void set(int id, byte kind, byte feature, String name, String admin1Name, short country, int admin1,
             int admin2, int lat5, int lon5, long population) {
        this.kind[id] = kind;
        this.feature[id] = feature;
        this.name[id] = name;
        this.admin1Name[id] = admin1Name;
        this.country[id] = country;
        this.admin1[id] = admin1;
        this.admin2[id] = admin2;
        this.lat5[id] = lat5;
        this.lon5[id] = lon5;
        this.population[id] = population;
        this.seat[id] = kind == PLACE ? id : -1;
    }

    /**
     * Chooses seats and sums populations: a division's seat is its capital-ranked place (PPLA/PPLC for a
     * region, PPLA2 or higher for a district), else its most populous place; a country's is its PPLC, else
     * its most populous place. Divisions take their seat's coordinates; a division without places keeps
     * seat -1 and is never returned.
     */
    void finish() {
        trim();
        typicalPopulations();
        for (int id = 0; id < size; id++) {
            if (kind[id] != PLACE) {
                continue;
            }
            long pop = population[id];
            countryPopulation[country[id]] += pop;
            if (better(id, countrySeat[country[id]], CAPITAL)) {
                countrySeat[country[id]] = id;
            }
            int region = admin1[id];
            if (region >= 0) {
                population[region] += pop;
                if (better(id, seat[region], SEAT1)) {
                    seat[region] = id;
                }
            }
            int district = admin2[id];
            if (district >= 0) {
                population[district] += pop;
                if (better(id, seat[district], SEAT2)) {
                    seat[district] = id;
                }
            }
        }
        for (int id = 0; id < size; id++) {
            if (kind[id] != PLACE && seat[id] >= 0) {
                lat5[id] = lat5[seat[id]];
                lon5[id] = lon5[seat[id]];
            }
        }
    }

    /** Whether place {@code id} is a better seat than {@code current} for a unit whose seats rank up to {@code lowest}. */
    private boolean better(int id, int current, byte lowest) {
        if (current < 0) {
            return true;
        }
        boolean isSeat = isSeat(feature[id], lowest);
        boolean wasSeat = isSeat(feature[current], lowest);
        if (isSeat != wasSeat) {
            return isSeat;
        }
        return population[id] > population[current];
    }

    private static boolean isSeat(byte feature, byte lowest) {
        return feature >= CAPITAL && feature <= lowest;
    }

    /** ISO code as a table index: "SY" gives a number in 0..675, anything else -1. */
    static short countryIndex(String iso2) {
        if (iso2 == null || iso2.length() != 2) {
            return -1;
        }
        char a = iso2.charAt(0);
        char b = iso2.charAt(1);
        if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
            return -1;
        }
        return (short) ((a - 'A') * 26 + (b - 'A'));
    }

    /**
     * The population a place counts for when it is ranked: its own, or when GeoNames gives none (a fifth of
     * administrative seats, such as Syria's Ra's al 'Ayn) the lower quartile of the known populations of places
     * of its feature rank, so a seat without a figure does not lose to any hamlet with one.
     */
    long rankingPopulation(int id) {
        return population[id] > 0 || kind[id] != PLACE ? population[id] : typicalPopulation[feature[id]];
    }

    private void typicalPopulations() {
        List<List<Long>> known = new ArrayList<>();
        for (int f = 0; f < typicalPopulation.length; f++) {
            known.add(new ArrayList<>());
        }
        for (int id = 0; id < size; id++) {
            if (kind[id] == PLACE && population[id] > 0 && feature[id] >= 0 && feature[id] < typicalPopulation.length) {
                known.get(feature[id]).add(population[id]);
            }
        }
        for (int f = 0; f < typicalPopulation.length; f++) {
            List<Long> pops = known.get(f);
            Collections.sort(pops);
            typicalPopulation[f] = pops.isEmpty() ? 0 : pops.get(pops.size() / 4);
        }
    }

    /** The ISO code of a table index. */
    static String countryCode(short index) {
        return new String(new char[] {(char) ('A' + index / 26), (char) ('A' + index % 26)});
    }

    /** GeoNames feature code to rank. */
    static byte featureRank(String code) {
        return switch (code) {
            case "PPLC" -> CAPITAL;
            case "PPLA", "PPLG" -> SEAT1;
            case "PPLA2" -> SEAT2;
            case "PPLA3" -> SEAT3;
            case "PPLA4", "PPLA5" -> SEAT4;
            case "PPLX" -> SECTION;
            case "PPLQ", "PPLH", "PPLW", "PPLCH" -> HISTORIC;
            case "PPLL", "PPLF", "PPLS", "PPLR", "STLMT" -> MINOR;
            default -> PPL;
        };
    }

    /** Approximate bytes held, names included. */
    long bytes() {
        long b = (long) size * (1 + 1 + 2 + 4 * 5 + 8 + 4 * 2);
        for (int id = 0; id < size; id++) {
            b += 40 + name[id].length() + (names[id] == null ? 0 : 40 + names[id].length());
        }
        return b + COUNTRIES * 12L;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        feature = Arrays.copyOf(feature, n);
        name = Arrays.copyOf(name, n);
        admin1Name = Arrays.copyOf(admin1Name, n);
        names = Arrays.copyOf(names, n);
        country = Arrays.copyOf(country, n);
        admin1 = Arrays.copyOf(admin1, n);
        admin2 = Arrays.copyOf(admin2, n);
        lat5 = Arrays.copyOf(lat5, n);
        lon5 = Arrays.copyOf(lon5, n);
        population = Arrays.copyOf(population, n);
        seat = Arrays.copyOf(seat, n);
    }

    private void trim() {
        kind = Arrays.copyOf(kind, size);
        feature = Arrays.copyOf(feature, size);
        name = Arrays.copyOf(name, size);
        admin1Name = Arrays.copyOf(admin1Name, size);
        names = Arrays.copyOf(names, size);
        country = Arrays.copyOf(country, size);
        admin1 = Arrays.copyOf(admin1, size);
        admin2 = Arrays.copyOf(admin2, size);
        lat5 = Arrays.copyOf(lat5, size);
        lon5 = Arrays.copyOf(lon5, size);
        population = Arrays.copyOf(population, size);
        seat = Arrays.copyOf(seat, size);
    }
}
