package org.conflictledger.geo;

import java.util.List;
import java.util.Optional;

/**
 * Place names as written in news text to places with coordinates, and country names and demonyms to ISO
 * codes. The geo stage's one entry point; {@link #geoNames()} gives the implementation backed by the
 * bundled GeoNames index.
 *
 * <p>Lenient by contract: any string, however odd (null, empty, very long, emoji, another script), gives
 * an answer (possibly empty) and never an exception. Implementations are immutable and thread-safe.
 */
public interface Gazetteer {
    /**
     * The best place for a name as written, given the countries the article names.
     *
     * <p>Spelling variants of one place resolve alike ("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr").
     * A division word sets the level: "Idlib province", "Borno State" and "Anbar" resolve to the region
     * ({@code REGION}), "Sangin district" to the district, "Raqqa city" to the city. Text after a comma or
     * in parentheses qualifies the name ("Tripoli, Lebanon", "Sangin (Helmand)").
     *
     * @param name the place name as written; null or blank gives empty
     * @param contextCountries ISO 3166-1 alpha-2 codes of the countries the article names, most frequent
     *     first; candidates there are preferred, the first most. Null, lower-case or invalid codes are
     *     tolerated (ignored or upper-cased)
     * @return the place, or empty when the name is unknown
     */
    Optional<Place> resolve(String name, List<String> contextCountries);

    /**
     * As {@link #resolve}, but only a place one of whose names is the name as written, in the spelling variants
     * {@link #resolve} folds (articles, doubled letters, endings, diacritics), not a guess from a spelling further off.
     *
     * @param name the place name as written; null or blank gives empty
     * @param contextCountries as for {@link #resolve}
     * @return the place, or empty
     */
    default Optional<Place> resolveAsSpelled(String name, List<String> contextCountries) {
        return resolve(name, contextCountries);
    }

    /**
     * The first-level division a name written with its division word names ("Borno State", "Zabol Province"), in
     * the spelling variants {@link #resolve} folds and a letter in four away from one of the division's names
     * ("Fariab" for Faryab) or its seat's ("Hasakeh province" for Al-Hasakah Governorate), whatever towns share the
     * name; context countries are preferred as in {@link #resolve}.
     *
     * @param name the name as written, with its division word
     * @param contextCountries ISO 3166-1 alpha-2 codes, most preferred first
     * @return the division ({@link org.conflictledger.model.GeoPrecision#REGION}), or empty
     */
    default Optional<Place> division(String name, List<String> contextCountries) {
        return resolve(name, contextCountries).filter(p -> p.precision() == org.conflictledger.model.GeoPrecision.REGION);
    }

    /**
     * The name this gazetteer gives incidents for the first-level region a user writes another way: "Hasakeh", "Idleb"
     * and "Raqa province" name "Al-Hasakah Governorate", "Idlib Governorate" and "Raqqa Governorate". Text that is no
     * name ("Raqqa' --", "%") gives empty.
     *
     * @param written the region as a user wrote it (a filter's value)
     * @param country ISO 3166-1 alpha-2 code the region must lie in, or null
     * @return the region's name as incidents carry it in {@code admin1}, or empty
     */
    default Optional<String> admin1Named(String written, String country) {
        if (written == null || written.length() > 100 || !written.matches("\\p{L}(?:[\\p{L}\\p{M} .'\u2019]|-(?!-))*\\p{L}")) {
            return Optional.empty();
        }
        return division(written, country == null ? List.of() : List.of(country))
                .filter(p -> country == null || country.equals(p.country()))
                .map(Place::admin1);
    }

    /**
     * The bundled gazetteer's names of a region a filter writes ({@link #admin1Named}), as a query's other names of it;
     * empty, and the gazetteer not loaded, when the filter gives no region.
     *
     * @param written the filter's region, or null
     * @param country the filter's ISO 3166-1 alpha-2 code, or null
     * @return no name or one
     */
    static List<String> admin1NamesOf(String written, String country) {
        return written == null ? List.of() : geoNames().admin1Named(written, country).stream().toList();
    }

    /**
     * ISO 3166-1 alpha-2 code for a country name or demonym ("Syria", "Syrian", "Syrians", "the DRC"),
     * or null when it is neither.
     *
     * @param nameOrDemonym the word as written; case, diacritics and dots do not matter, except that
     *     abbreviations ("US", "UK", "UAE", "CAR") count only in capitals
     * @return the code, or null
     */
    String countryCode(String nameOrDemonym);

    /**
     * A country's capital ("Moscow" for "RU"), whose name often stands for its government ("a blow for Moscow").
     *
     * @param countryCode ISO 3166-1 alpha-2 code
     * @return the capital, or empty when the code is unknown or the data names no capital
     */
    default Optional<Place> capital(String countryCode) {
        return Optional.empty();
    }

    /**
     * The extraction with each incident placed: location, admin1, country, coordinates and precision from
     * the places its own sentences name, resolved against the countries the article names. An incident
     * whose places do not resolve is returned unchanged.
     *
     * @param article the annotated article the extraction came from
     * @param extraction its incidents
     * @return the incidents, placed
     */
    default org.conflictledger.model.Extraction locate(org.conflictledger.model.AnnotatedArticle article,
                                                       org.conflictledger.model.Extraction extraction) {
        return new IncidentPlacer(this).locate(article, extraction);
    }

    /**
     * The gazetteer backed by the bundled GeoNames index ({@code geo/geonames-index.tsv.gz}), loaded once
     * per process on first use (its load time is logged). GeoNames data, CC BY 4.0: attribute
     * "GeoNames (geonames.org)" wherever resolved places are shown.
     *
     * @return the shared instance
     * @throws IllegalStateException when the bundled index is missing or malformed (a packaging error)
     */
    static Gazetteer geoNames() {
        return GeoNamesGazetteer.bundled();
    }
}
