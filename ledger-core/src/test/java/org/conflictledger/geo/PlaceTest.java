package org.conflictledger.geo;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.conflictledger.model.GeoPrecision;
import org.junit.jupiter.api.Test;

/** A place is validated when it is made. */
class PlaceTest {
    @Test
    void rejectsWhatIsNotAPlace() {
        assertThrows(IllegalArgumentException.class, () -> new Place("X", null, "Syria", 0, 0, GeoPrecision.CITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("X", null, "SY", 91, 0, GeoPrecision.CITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("X", null, "SY", 0, Double.NaN, GeoPrecision.CITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place(" ", null, "SY", 0, 0, GeoPrecision.CITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Place("X", null, "SY", 0, 0, GeoPrecision.CITY, -1));
        assertThrows(NullPointerException.class, () -> new Place("X", null, "SY", 0, 0, null, 0));
    }
}
