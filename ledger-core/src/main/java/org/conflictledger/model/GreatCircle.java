package org.conflictledger.model;

/** Distances on the Earth's surface, for places given by latitude and longitude in degrees. */
public final class GreatCircle {
    private static final double EARTH_RADIUS_KM = 6371;

    private GreatCircle() {
    }

    /** The great-circle distance in kilometres between two points (haversine formula). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return EARTH_RADIUS_KM * 2 * Math.asin(Math.sqrt(h));
    }
}
