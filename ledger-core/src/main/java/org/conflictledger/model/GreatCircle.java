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

    /** The initial bearing from the first point to the second, in degrees clockwise from north, 0 to 360. */
    public static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dl = Math.toRadians(lon2 - lon1);
        double y = Math.sin(dl) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl);
        return (Math.toDegrees(Math.atan2(y, x)) + 360) % 360;
    }

    /** The angle between two bearings in degrees, 0 to 180. */
    public static double between(double bearing1, double bearing2) {
        double d = Math.abs(bearing1 - bearing2) % 360;
        return d > 180 ? 360 - d : d;
    }
}
