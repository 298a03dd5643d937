package io.aftercare.geo;

/**
 * How far and how long between two places with coordinates: the great-circle (haversine) distance times the tenant's
 * road factor, at the tenant's average speed. No place, no distance: a stop without coordinates costs no travel.
 */
public record Travel(double roadFactor, double speedKmh) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Travel {
        if (!(roadFactor >= 1) || !(speedKmh > 0)) {
            throw new IllegalArgumentException("road factor must be >= 1 and speed > 0");
        }
    }

    /** Straight-line distance in km; 0 when either end has no coordinates. */
    public static double straightKm(Double lat1, Double lon1, Double lat2, Double lon2) {
        if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
            return 0;
        }
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Distance on the road in km. */
    public double roadKm(Double lat1, Double lon1, Double lat2, Double lon2) {
        return straightKm(lat1, lon1, lat2, lon2) * roadFactor;
    }

    /** Minutes on the road, rounded up. */
    public int minutes(double roadKm) {
        return (int) Math.ceil(roadKm / speedKmh * 60);
    }
}
