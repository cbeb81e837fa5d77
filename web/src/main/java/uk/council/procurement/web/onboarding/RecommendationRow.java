package uk.council.procurement.web.onboarding;

import java.io.Serializable;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.onboarding.boundary.ApplicationDetail;
import uk.council.procurement.onboarding.entity.LotRecommendation;

/** One lot of the officer's recommendation form, started from the last recommendation or the check's suggestion. */
public class RecommendationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ApplicationDetail.LotDecision lot;
    private AdmissionOutcome outcome;
    private String reason;

    RecommendationRow(ApplicationDetail.LotDecision lot) {
        this.lot = lot;
        this.outcome = lot.recommendedOutcome() != null ? lot.recommendedOutcome() : lot.suggestedOutcome();
        this.reason = lot.recommendationReason();
    }

    LotRecommendation toRecommendation() {
        return new LotRecommendation(lot.lotId(), outcome, reason);
    }

    public ApplicationDetail.LotDecision getLot() {
        return lot;
    }

    public AdmissionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AdmissionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
