package org.conflictledger.geo;

import java.util.Objects;
import org.conflictledger.model.GeoPrecision;

/**
 * A place a gazetteer resolved a name to.
 *
 * @param name common English name of the place ("Raqqah", "Idlib", "Syria"); for a region or district its
 *     name without the division word ("Borno")
 * @param admin1 first-level division as English news writes it ("Raqqa Governorate", "Borno State",
 *     "Banaadir"), or null for a country or when unknown
 * @param country ISO 3166-1 alpha-2 code
 * @param lat latitude in degrees; a region's, district's or country's is that of its seat (capital,
 *     else its most populous place), as the data has no centroids
 * @param lon longitude in degrees, likewise
 * @param precision {@code CITY} for populated places, {@code DISTRICT} for second-level divisions,
 *     {@code REGION} for first-level divisions, {@code COUNTRY} for countries
 * @param population population in the data; for a division or country the sum over its places (a lower
 *     bound); 0 when unknown
 */
public record Place(String name, String admin1, String country, double lat, double lon, GeoPrecision precision,
                    long population) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(precision, "precision");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2: " + country);
        }
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
    }
}
