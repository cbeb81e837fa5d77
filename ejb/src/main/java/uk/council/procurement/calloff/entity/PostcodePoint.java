package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Where a postcode is (latitude and longitude, 6 places), or why that is not known. */
public record PostcodePoint(BigDecimal latitude, BigDecimal longitude, String problem) {

    public boolean found() {
        return latitude != null && longitude != null;
    }

    public static PostcodePoint at(BigDecimal latitude, BigDecimal longitude) {
        return new PostcodePoint(latitude.setScale(6, RoundingMode.HALF_UP), longitude.setScale(6, RoundingMode.HALF_UP),
                null);
    }

    public static PostcodePoint failed(String problem) {
        return new PostcodePoint(null, null, problem);
    }
}
