package org.conflictledger.geo;

import org.conflictledger.model.Countries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictledger.model.GeoPrecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Gazetteer} over GeoNames' populated places (cities500: every place of 500 people or more, and
 * every administrative seat) and first- and second-level divisions.
 *
 * <p>Candidates are every entity one of whose names shares the query's {@link NameKeys#looseKey loose key},
 * plus, as a penalised fallback, those sharing its {@link NameKeys#skeletonKey skeleton}; a country name
 * adds the country. Each is scored, highest wins:
 * <ol>
 *   <li>in a context country: +6 for the first, +4 the second, +3 the rest;</li>
 *   <li>qualified ("Tripoli, Lebanon"): +5 when the country or first-level division matches, -5 when not;</li>
 *   <li>level implied by a division word ("province", "district", "city"): up to +4 for that level;</li>
 *   <li>importance: log10 of population, plus +2 for a capital, +1.2 for a first-level seat (PPLA), less
 *       for lower seats; a country counts 9;</li>
 *   <li>match: +1 for the place's own name, +0.5 for an alternate, -2.5 for a skeleton-only match, +0.5
 *       for a match of the name as written when a division word was also tried without ("Kansas City").</li>
 * </ol>
 * A place without a population figure in GeoNames is ranked as if it had the lower quartile of the figures
 * of places of its feature rank.
 * Ties go to the larger population, then the lower id. Skeleton-only matches compete only when no loose
 * match is in a context country (or, without context, when there is no loose match at all), only when the
 * name is within one edit in four letters of one of the place's names, and only in the first context
 * country, in the others when notable, without context when a town or a seat; a skeleton match in the
 * first context country shuts out the others.
 * Outside the context countries only notable places compete (a division, a capital, a first-level seat,
 * {@value #NOTABLE} people). A
 * bare name that is both a division and that division's seat ("Kunduz", "Idlib") is the seat; with a
 * division word of its level ("Kunduz province", "Barkin Ladi district") it is the division, never the seat.
 */
final class GeoNamesGazetteer implements Gazetteer {
    static final String RESOURCE = "/geo/geonames-index.tsv.gz";

    private static final Logger LOG = LoggerFactory.getLogger(GeoNamesGazetteer.class);
    private static final int LOOSE = 1;
    private static final int OWN = 2;
    private static final int FULL = 4;
    private static final int SKELETON = 8;
    /** A skeleton of three letters, which stands only for a notable city in one of the article's countries. */
    private static final int SHORT_SKELETON = 16;
    private static final int COUNTRY = -1;
    private static final int MIN_SKELETON = 4;
    /** Population from which a place outside the article's countries is worth naming. */
    static final int NOTABLE = 50_000;
    private static final double[] FEATURE_BONUS = {0, 2.0, 1.2, 0.6, 0.3, 0.1, -0.5, -1.5, -0.3};

    private final PlaceTable table;
    private final NameIndex[] loose;
    private final NameIndex[] skeleton;

    private GeoNamesGazetteer(PlaceTable table, List<NameIndex[]> shards) {
        this.table = table;
        this.loose = shards.stream().map(s -> s[0]).toArray(NameIndex[]::new);
        this.skeleton = shards.stream().map(s -> s[1]).toArray(NameIndex[]::new);
    }

    /** The process-wide instance over the bundled index, loaded on first use. */
    static Gazetteer bundled() {
        return Holder.INSTANCE;
    }

    /** Reads an index; fails naming the source when it is unreadable or malformed. */
    static GeoNamesGazetteer load(InputStream gzipped, String source) {
        long start = System.nanoTime();
        try {
            IndexReader reader = IndexReader.read(gzipped, source);
            GeoNamesGazetteer gazetteer = new GeoNamesGazetteer(reader.table, reader.shards);
            long postings = 0;
            long bytes = reader.table.bytes();
            for (NameIndex index : gazetteer.loose) {
                postings += index.postings();
                bytes += index.bytes();
            }
            for (NameIndex index : gazetteer.skeleton) {
                bytes += index.bytes();
            }
            LOG.info("gazetteer {} loaded in {} ms: {} places and divisions, {} names, {} shards, ~{} MB",
                    source, (System.nanoTime() - start) / 1_000_000, reader.table.size, postings,
                    reader.shards.size(), bytes >> 20);
            return gazetteer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + source, e);
        }
    }

    @Override
    public String countryCode(String nameOrDemonym) {
        return Countries.byNameOrDemonym(nameOrDemonym);
    }

    @Override
    public Optional<Place> capital(String countryCode) {
        short country = PlaceTable.countryIndex(countryCode);
        int seat = country >= 0 ? table.countrySeat[country] : -1;
        return seat >= 0 && table.feature[seat] == PlaceTable.CAPITAL ? Optional.of(place(seat)) : Optional.empty();
    }

    @Override
    public Optional<Place> resolve(String name, List<String> contextCountries) {
        return resolve(name, contextCountries, true);
    }

    @Override
    public Optional<Place> resolveAsSpelled(String name, List<String> contextCountries) {
        return resolve(name, contextCountries, false);
    }

    private Optional<Place> resolve(String name, List<String> contextCountries, boolean guess) {
        PlaceQuery query = PlaceQuery.parse(name);
        if (query == null) {
            return Optional.empty();
        }
        List<Short> context = context(contextCountries);
        Map<Integer, Integer> found = candidates(query);
        if (!guess) {
            found.values().removeIf(flags -> (flags & LOOSE) == 0);
        }
        String countryCode = query.implied() == null ? Countries.byName(query.text()) : null;
        short country = PlaceTable.countryIndex(countryCode);
        if (country >= 0 && table.countrySeat[country] >= 0) {
            found.put(COUNTRY, LOOSE | OWN | FULL);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> placeRegions = new HashSet<>();
        Set<Integer> namedSeats = new HashSet<>();
        byte namedKind = impliedKind(query);
        for (Map.Entry<Integer, Integer> e : found.entrySet()) {
            int id = e.getKey();
            if (id != COUNTRY && table.kind[id] == PlaceTable.PLACE && table.admin1[id] >= 0) {
                placeRegions.add(table.admin1[id]);
            }
            if (id != COUNTRY && (e.getValue() & LOOSE) != 0 && table.seat[id] >= 0 && namedKind == table.kind[id]) {
                namedSeats.add(table.seat[id]); // "Barkin Ladi district": not the town of Barkin Ladi, its seat
            }
        }
        List<Integer> exact = new ArrayList<>();
        List<Integer> fuzzy = new ArrayList<>();
        boolean exactInContext = false;
        for (Map.Entry<Integer, Integer> e : found.entrySet()) {
            int id = e.getKey();
            if (!namedSeats.contains(id) && eligible(id, e.getValue(), found, placeRegions, query, context)) {
                boolean isExact = (e.getValue() & LOOSE) != 0;
                (isExact ? exact : fuzzy).add(id);
                exactInContext |= isExact && context.contains(id == COUNTRY ? country : table.country[id]);
            }
        }
        if (exact.isEmpty() || !context.isEmpty() && !exactInContext) {
            // a guess from the skeleton: one in the article's own country, when there is one, before all others
            boolean home = !context.isEmpty() && fuzzy.stream().anyMatch(id -> id != COUNTRY && context.get(0) == table.country[id]);
            for (int id : fuzzy) {
                if (!home || id != COUNTRY && context.get(0) == table.country[id]) {
                    exact.add(id);
                }
            }
        }
        Qualifiers qualifiers = qualifiers(query.qualifiers());
        int best = Integer.MIN_VALUE;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int id : exact) {
            double score = score(id == COUNTRY ? country : table.country[id], id, found.get(id), query, context,
                    qualifiers);
            if (score > bestScore || score == bestScore && tieBreak(id, best, country)) {
                best = id;
                bestScore = score;
            }
        }
        if (best == Integer.MIN_VALUE) {
            return Optional.empty();
        }
        return Optional.of(best == COUNTRY ? countryPlace(country) : place(best));
    }

    @Override
    public Optional<Place> division(String name, List<String> contextCountries) {
        PlaceQuery query = PlaceQuery.parse(name);
        if (query == null) {
            return Optional.empty();
        }
        List<Short> context = context(contextCountries);
        Qualifiers none = qualifiers(List.of());
        int best = Integer.MIN_VALUE;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, Integer> e : candidates(query).entrySet()) {
            int match = e.getKey();
            if ((e.getValue() & LOOSE) == 0 && !closeSpelling(query.coreKey(), match)) {
                continue;
            }
            // a region, or a region's seat of the region's name: "Hasakeh province" is the province of the city of
            // Hasakeh (not Karbala's, one of whose old names is Ninawa, for "Ninawa province")
            int id = table.kind[match] == PlaceTable.PLACE && table.admin1[match] >= 0
                    && table.seat[table.admin1[match]] == match ? table.admin1[match] : match;
            if (table.kind[id] != PlaceTable.REGION || table.seat[id] < 0 || id != match && !sameSkeleton(query.coreKey(), id)) {
                continue;
            }
            double score = score(table.country[id], id, e.getValue(), query, context, none);
            if (score > bestScore || score == bestScore && tieBreak(id, best, (short) -1)) {
                best = id;
                bestScore = score;
            }
        }
        return best == Integer.MIN_VALUE ? Optional.empty() : Optional.of(place(best));
    }

    /** Entity id to match flags, over the loose keys of the full and bare name and the skeleton. */
    private Map<Integer, Integer> candidates(PlaceQuery query) {
        Map<Integer, Integer> found = new HashMap<>();
        collect(loose, NameKeys.looseKey(query.full()), LOOSE | FULL, found);
        if (query.stripped()) {
            collect(loose, query.coreKey(), LOOSE, found);
        }
        String skeletonKey = NameKeys.skeletonOf(query.coreKey());
        if (skeletonKey.length() >= MIN_SKELETON) {
            collect(skeleton, skeletonKey, SKELETON, found);
        } else if (skeletonKey.length() == MIN_SKELETON - 1 && query.coreKey().length() >= MIN_SKELETON) {
            // "Taez" for Ta'izz: a skeleton of three letters meets too many places, so it stands for a notable city only
            Map<Integer, Integer> shortMatches = new HashMap<>();
            collect(skeleton, skeletonKey, SKELETON | SHORT_SKELETON, shortMatches);
            shortMatches.forEach((id, flags) -> {
                if (table.kind[id] == PlaceTable.PLACE && notable(id)) { // a city, not a division of any size
                    found.merge(id, flags, (a, b) -> a | b);
                }
            });
        }
        return found;
    }

    private static void collect(NameIndex[] shards, String key, int flags, Map<Integer, Integer> found) {
        for (NameIndex shard : shards) {
            for (int posting : shard.find(key)) {
                int own = (posting & 1) == 1 ? OWN : 0;
                found.merge(posting >>> 1, flags | own, (a, b) -> a | b);
            }
        }
    }

    /**
     * Whether a candidate may win at all. Not: a division without places; a division whose seat, or for a
     * district a place in the same region, is itself a candidate (a bare "Kunduz" is the city; "Kunduz
     * province" is not bare); outside the context countries, a place that is neither a capital, a
     * first-level seat nor a city of {@value #NOTABLE}; a skeleton-only match more than one edit in four
     * letters from every name of the place, outside the first context country unless notable, outside the
     * context countries, or without context a village.
     */
    private boolean eligible(int id, int flags, Map<Integer, Integer> found, Set<Integer> placeRegions,
                             PlaceQuery query, List<Short> context) {
        if (id == COUNTRY) {
            return true;
        }
        byte kind = table.kind[id];
        if (table.seat[id] < 0) {
            return false;
        }
        if (kind != PlaceTable.PLACE && query.implied() == null && found.containsKey(table.seat[id])) {
            return false;
        }
        if (kind == PlaceTable.DISTRICT && query.implied() == null && placeRegions.contains(table.admin1[id])) {
            return false;
        }
        boolean inContext = context.contains(table.country[id]);
        if (!context.isEmpty() && !inContext && !notable(id)) {
            return false;
        }
        if ((flags & LOOSE) == 0) {
            // the skeleton over-merges ("Salihiah" meets Iraq's Kifri, once Salahiyah; "Midan" meets Mayadin):
            // it stands for a spelling of the place's name a letter in four away ("Idleb", "Deir al-Zour"),
            // in the article's own country any place, in its other countries a notable one, without context a
            // town or a seat
            if (!closeSpelling(query.coreKey(), id)) {
                return false;
            }
            if ((flags & SHORT_SKELETON) != 0) {
                return inContext; // not "Hamo" for Germany's Hamm in a story of no known country
            }
            if (context.isEmpty()) {
                return kind != PlaceTable.PLACE || table.population[id] >= 10_000
                        || table.feature[id] >= PlaceTable.CAPITAL && table.feature[id] <= PlaceTable.SEAT2;
            }
            return context.get(0) == table.country[id] || inContext && notable(id);
        }
        return true;
    }

    /**
     * Whether the name as written (its loose key) is within one edit in four letters of one of the entity's
     * names, a division's also without its division word ("Abyan" for "Abyan Governorate").
     */
    private boolean closeSpelling(String written, int id) {
        return anyName(id, words -> close(written, NameKeys.looseKey(words))
                || table.kind[id] != PlaceTable.PLACE && close(written, NameKeys.looseKey(Divisions.bareAdminWords(words))));
    }

    /**
     * Whether the name as written (its loose key) is, in skeleton, within one edit in four letters of one of a
     * division's names without its division word ("Hasakeh" of Al-Hasakah Governorate, "Deir Ezzor" of Deir ez-Zor).
     */
    private boolean sameSkeleton(String written, int id) {
        String skeleton = NameKeys.skeletonOf(written);
        return !skeleton.isEmpty()
                && anyName(id, words -> close(skeleton, NameKeys.skeletonOf(NameKeys.looseKey(Divisions.bareAdminWords(words)))));
    }

    /** Whether one of the entity's names, as folded words, passes the test. */
    private boolean anyName(int id, java.util.function.Predicate<List<String>> test) {
        String names = table.names[id];
        for (int start = 0; names != null && start <= names.length(); ) {
            int comma = names.indexOf(',', start);
            int end = comma < 0 ? names.length() : comma;
            if (test.test(NameKeys.words(names.substring(start, end)))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean close(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return !b.isEmpty() && 4 * Math.abs(a.length() - b.length()) <= longer && 4 * NameKeys.editDistance(a, b) <= longer;
    }

    /** A division, a capital, a first-level seat or a city of {@value #NOTABLE} people. */
    private boolean notable(int id) {
        return table.kind[id] != PlaceTable.PLACE || table.feature[id] >= PlaceTable.CAPITAL && table.feature[id] <= PlaceTable.SEAT1
                || table.population[id] >= NOTABLE;
    }

    private double score(short country, int id, int flags, PlaceQuery query, List<Short> context,
                         Qualifiers qualifiers) {
        double score = 0;
        int rank = context.indexOf(country);
        if (rank >= 0) {
            score += rank == 0 ? 6 : rank == 1 ? 4 : 3;
        }
        byte kind = id == COUNTRY ? -1 : table.kind[id];
        if (qualifiers.any()) {
            boolean matches = qualifiers.countries.contains(country)
                    || kind >= 0 && qualifiers.regions.contains(table.admin1[id]);
            score += matches ? 5 : -5;
        }
        score += levelBonus(kind, query.implied());
        if (id == COUNTRY) {
            score += 9;
        } else {
            score += Math.log10(table.rankingPopulation(id) + 1.0);
            if (kind == PlaceTable.PLACE) {
                score += FEATURE_BONUS[table.feature[id]];
            } else if (kind == PlaceTable.DISTRICT) {
                score -= 1;
            }
        }
        if ((flags & LOOSE) != 0) {
            score += (flags & OWN) != 0 ? 1.0 : 0.5;
        } else {
            score -= 2.5;
        }
        if ((flags & FULL) != 0 && query.stripped()) {
            score += 0.5;
        }
        return score;
    }

    /** The kind of division the query's division word names ("Wase Local Government Area": a district), or -2. */
    private static byte impliedKind(PlaceQuery query) {
        return query.implied() == GeoPrecision.REGION ? PlaceTable.REGION
                : query.implied() == GeoPrecision.DISTRICT ? PlaceTable.DISTRICT : -2;
    }

    private static double levelBonus(byte kind, GeoPrecision implied) {
        if (implied == null || kind < 0) {
            return 0;
        }
        return switch (implied) {
            case REGION -> kind == PlaceTable.REGION ? 4 : kind == PlaceTable.DISTRICT ? 2 : -1;
            case DISTRICT -> kind == PlaceTable.DISTRICT ? 4 : kind == PlaceTable.REGION ? 3 : 0;
            case CITY -> kind == PlaceTable.PLACE ? 3 : -2;
            default -> 0;
        };
    }

    /** Equal scores: the larger population, then the lower id, so answers never depend on hash order. */
    private boolean tieBreak(int id, int best, short country) {
        long pop = id == COUNTRY ? table.countryPopulation[country] : table.rankingPopulation(id);
        long bestPop = best == COUNTRY ? table.countryPopulation[country] : table.rankingPopulation(best);
        return pop > bestPop || pop == bestPop && id < best;
    }

    private Qualifiers qualifiers(List<String> texts) {
        Qualifiers q = new Qualifiers(new HashSet<>(), new HashSet<>());
        for (String text : texts) {
            short country = PlaceTable.countryIndex(Countries.byName(text));
            if (country >= 0) {
                q.countries.add(country);
                continue;
            }
            List<String> words = NameKeys.words(text);
            Map<Integer, Integer> found = new HashMap<>();
            collect(loose, NameKeys.looseKey(words), LOOSE, found);
            collect(loose, NameKeys.looseKey(Divisions.bareAdminWords(words)), LOOSE, found);
            for (int id : found.keySet()) {
                if (table.kind[id] == PlaceTable.REGION) {
                    q.regions.add(id);
                    for (int part : table.parts.getOrDefault(id, new int[0])) {
                        q.regions.add(part);
                    }
                }
            }
        }
        return q;
    }

    private Place place(int id) {
        byte kind = table.kind[id];
        int region = table.admin1[id];
        GeoPrecision precision = kind == PlaceTable.REGION ? GeoPrecision.REGION
                : kind == PlaceTable.DISTRICT ? GeoPrecision.DISTRICT : GeoPrecision.CITY;
        return new Place(table.name[id], region >= 0 ? table.admin1Name[region] : null,
                PlaceTable.countryCode(table.country[id]), table.lat5[id] / 1e5, table.lon5[id] / 1e5, precision,
                table.population[id]);
    }

    private Place countryPlace(short country) {
        int seat = table.countrySeat[country];
        String code = PlaceTable.countryCode(country);
        return new Place(Countries.name(code), null, code, table.lat5[seat] / 1e5, table.lon5[seat] / 1e5,
                GeoPrecision.COUNTRY, table.countryPopulation[country]);
    }

    private static List<Short> context(List<String> codes) {
        List<Short> context = new ArrayList<>();
        if (codes == null) {
            return context;
        }
        for (String code : codes) {
            short index = PlaceTable.countryIndex(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
            if (index >= 0 && !context.contains(index)) {
                context.add(index);
            }
        }
        return context;
    }

    /** Countries and first-level divisions named after a comma or in parentheses. */
    private record Qualifiers(Set<Short> countries, Set<Integer> regions) {
        boolean any() {
            return !countries.isEmpty() || !regions.isEmpty();
        }
    }

    /** Loads the bundled index on first use. */
    private static final class Holder {
        static final GeoNamesGazetteer INSTANCE = loadBundled();

        private static GeoNamesGazetteer loadBundled() {
            InputStream in = GeoNamesGazetteer.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("gazetteer index " + RESOURCE + " is not on the classpath;"
                        + " rebuild it with ledger-core/src/main/scripts/build-gazetteer.sh");
            }
            try (in) {
                return load(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close gazetteer index " + RESOURCE, e);
            }
        }
    }
}
