package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.conflictledger.model.GeoPrecision;
import org.junit.jupiter.api.Test;

/** Taking a written place name apart: the name, its division word, its qualifiers. */
class PlaceQueryTest {
    @Test
    void aTrailingDivisionWordSetsTheLevel() {
        PlaceQuery q = PlaceQuery.parse("Idlib province");
        assertEquals(List.of("idlib", "province"), q.full());
        assertEquals(List.of("idlib"), q.core());
        assertEquals(GeoPrecision.REGION, q.implied());
        assertEquals(GeoPrecision.DISTRICT, PlaceQuery.parse("Sangin district").implied());
        assertEquals(GeoPrecision.CITY, PlaceQuery.parse("Raqqa city").implied());
        PlaceQuery lga = PlaceQuery.parse("Jos South Local Government Area");
        assertEquals(List.of("jos", "south"), lga.core());
        assertEquals(GeoPrecision.DISTRICT, lga.implied());
        assertEquals(GeoPrecision.DISTRICT, PlaceQuery.parse("Konduga LGA").implied());
    }

    @Test
    void aLeadingDivisionWordWithOfSetsTheLevel() {
        PlaceQuery q = PlaceQuery.parse("the city of Mosul");
        assertEquals(List.of("the", "city", "of", "mosul"), q.full());
        assertEquals(List.of("mosul"), q.core());
        assertEquals(GeoPrecision.CITY, q.implied());
    }

    @Test
    void aDivisionWordAloneIsTheName() {
        PlaceQuery q = PlaceQuery.parse("Province");
        assertEquals(List.of("province"), q.core());
        assertNull(q.implied());
    }

    @Test
    void commasAndParenthesesGiveQualifiers() {
        PlaceQuery q = PlaceQuery.parse("Sangin (Helmand), Afghanistan");
        assertEquals(List.of("sangin"), q.core());
        assertEquals(List.of("Helmand", "Afghanistan"), q.qualifiers());
        assertEquals(List.of(), PlaceQuery.parse("Raqqa,,").qualifiers());
    }

    @Test
    void nothingToLookUpIsNull() {
        assertNull(PlaceQuery.parse(null));
        assertNull(PlaceQuery.parse(""));
        assertNull(PlaceQuery.parse("(Lebanon)"));
        assertNull(PlaceQuery.parse("x".repeat(NameKeys.MAX_LENGTH + 1)));
    }
}
