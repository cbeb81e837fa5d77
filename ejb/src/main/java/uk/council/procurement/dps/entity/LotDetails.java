package uk.council.procurement.dps.entity;

import uk.council.procurement.providers.entity.CqcRating;

/** A lot as an officer or the API describes it; validated on the {@link Lot}. */
public record LotDetails(String code, String title, CareSetting careSetting, CareCategory careCategory, String zone,
        Integer maxProviders, CqcRating minimumRating, boolean admitInadequateSuspended) {
}
