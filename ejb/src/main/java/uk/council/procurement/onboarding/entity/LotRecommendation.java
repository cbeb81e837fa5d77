package uk.council.procurement.onboarding.entity;

import uk.council.procurement.dps.entity.AdmissionOutcome;

/** An officer's recommendation for one lot. A rejection needs a reason, which the provider will see. */
public record LotRecommendation(Long lotId, AdmissionOutcome outcome, String reason) {
}
