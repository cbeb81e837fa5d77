package uk.council.procurement.dps.entity;

import uk.council.procurement.providers.entity.CqcRating;

/**
 * A lot as an officer or the API describes it; validated on the {@link Lot}. A call-off term or the
 * extension approval left out (null) stays as it is.
 */
public record LotDetails(String code, String title, CareSetting careSetting, CareCategory careCategory, String zone,
        Integer maxProviders, CqcRating minimumRating, boolean admitInadequateSuspended, Integer qualityWeight,
        java.math.BigDecimal approvalThreshold, Integer offerHours, ExtensionApproval extensionApproval) {

    /** A lot with the call-off terms left as they are (the defaults, for a new lot); one constructor, for JSON-B. */
    public static LotDetails of(String code, String title, CareSetting careSetting, CareCategory careCategory,
            String zone, Integer maxProviders, CqcRating minimumRating, boolean admitInadequateSuspended) {
        return new LotDetails(code, title, careSetting, careCategory, zone, maxProviders, minimumRating,
                admitInadequateSuspended, null, null, null, null);
    }
}
