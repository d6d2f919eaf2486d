package org.conflictledger.geo;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The stored name of a first-level region that a user writes another way: "Hasakeh", "Idleb" and "Raqa province"
 * name "Al-Hasakah Governorate", "Idlib Governorate" and "Raqqa Governorate", as the gazetteer gives them to
 * incidents. Filters match the region as written and as the gazetteer names it.
 */
public final class Regions {
    /** A region's name as a user writes it: letters, spaces, hyphens, apostrophes and dots, a letter at each end. */
    private static final Pattern NAME = Pattern.compile("\\p{L}(?:[\\p{L}\\p{M} .'\u2019]|-(?!-))*\\p{L}");
    private static final int MAX_NAME = 100;

    private Regions() {
    }

    /**
     * The gazetteer's name of the first-level region written as {@code written}, within {@code country} when given
     * (ISO 3166-1 alpha-2), or empty when the gazetteer knows no such region or cannot load.
     */
    public static Optional<String> admin1(String written, String country) {
        if (written == null || written.length() > MAX_NAME || !NAME.matcher(written).matches()) {
            return Optional.empty(); // not a name: "Raqqa' --", "%" are filtered as written only
        }
        try {
            return Gazetteer.geoNames().division(written, country == null ? List.of() : List.of(country))
                    .filter(p -> country == null || country.equals(p.country()))
                    .map(Place::admin1);
        } catch (IllegalStateException e) {
            return Optional.empty(); // no gazetteer: the region as written still filters
        }
    }
}
