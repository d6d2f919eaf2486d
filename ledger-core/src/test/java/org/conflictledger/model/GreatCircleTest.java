package org.conflictledger.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
    // Baghdad, al-Miqdadiyah (north-east of it, in Diyala) and Damascus, Dar'a (south of it), as GeoNames gives them
    private static final double[] BAGHDAD = {33.34058, 44.40088};
    private static final double[] MIQDADIYAH = {33.97861, 44.93694};
    private static final double[] DAMASCUS = {33.5102, 36.29128};
    private static final double[] DARAA = {32.61889, 36.10213};

    @Test
    void distancesAreAlongTheEarthsSurface() {
        assertEquals(86, GreatCircle.km(BAGHDAD[0], BAGHDAD[1], MIQDADIYAH[0], MIQDADIYAH[1]), 2);
        assertEquals(101, GreatCircle.km(DAMASCUS[0], DAMASCUS[1], DARAA[0], DARAA[1]), 2);
        assertEquals(0, GreatCircle.km(1, 2, 1, 2), 1e-9);
    }

    @Test
    void bearingsAreClockwiseFromNorth() {
        assertEquals(35, GreatCircle.bearing(BAGHDAD[0], BAGHDAD[1], MIQDADIYAH[0], MIQDADIYAH[1]), 3);
        assertEquals(190, GreatCircle.bearing(DAMASCUS[0], DAMASCUS[1], DARAA[0], DARAA[1]), 3);
        assertEquals(90, GreatCircle.bearing(0, 10, 0, 11), 1e-6);
        assertEquals(270, GreatCircle.bearing(0, 10, 0, 9), 1e-6);
        assertEquals(0, GreatCircle.bearing(10, 10, 11, 10), 1e-6);
    }

    @Test
    void theAngleBetweenBearingsIsTheShorterWayRound() {
        assertEquals(20, GreatCircle.between(350, 10), 1e-9);
        assertEquals(180, GreatCircle.between(0, 180), 1e-9);
        assertEquals(45, GreatCircle.between(90, 45), 1e-9);
    }
}
