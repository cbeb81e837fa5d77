package uk.council.procurement.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Distances on the Earth's surface between two points given in degrees (haversine, mean radius 6,371 km). */
public final class GreatCircle {

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The same, to one decimal place (half-up), as screens show it. */
    public static BigDecimal km(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        return BigDecimal.valueOf(km(lat1.doubleValue(), lon1.doubleValue(), lat2.doubleValue(), lon2.doubleValue()))
                .setScale(1, RoundingMode.HALF_UP);
    }
}
