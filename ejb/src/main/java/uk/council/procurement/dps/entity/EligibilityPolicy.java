package uk.council.procurement.dps.entity;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import uk.council.procurement.providers.entity.CqcRating;

/**
 * A lot's rules on CQC ratings. Councils differ (Staffordshire admits an Inadequate care home but
 * suspends it; Bury commissions only from Good or Outstanding), so this is per lot, not a constant.
 */
@Embeddable
public class EligibilityPolicy {

    /** Lowest rating with which a location may receive new call-offs. */
    @NotNull(message = "Minimum rating for new call-offs is required")
    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_rating", nullable = false, length = 30)
    private CqcRating minimumRating;

    /** Whether a provider rated Inadequate may join, suspended from new placements until it improves. */
    @Column(name = "admit_inadequate_suspended", nullable = false)
    private boolean admitInadequateSuspended;

    protected EligibilityPolicy() {
    }

    public EligibilityPolicy(CqcRating minimumRating, boolean admitInadequateSuspended) {
        this.minimumRating = minimumRating;
        this.admitInadequateSuspended = admitInadequateSuspended;
    }

    @AssertTrue(message = "Minimum rating for new call-offs must be a CQC rating")
    boolean isMinimumARating() {
        return minimumRating == null || minimumRating.isRated();
    }

    public record Assessment(AdmissionOutcome suggestion, String note) {
    }

    /** What the automatic check suggests for a provider whose worst current rating is given. */
    public Assessment assess(CqcRating worst) {
        if (worst == CqcRating.INADEQUATE) {
            return admitInadequateSuspended
                    ? new Assessment(AdmissionOutcome.ADMIT_SUSPENDED, "Rated Inadequate: may join this lot, "
                            + "suspended from new placements until the rating improves.")
                    : new Assessment(AdmissionOutcome.REJECT, "Rated Inadequate: this lot does not admit "
                            + "providers rated Inadequate.");
        }
        if (!worst.isRated()) {
            return new Assessment(AdmissionOutcome.ADMIT, "Not yet rated by CQC: may join, but receives no "
                    + "call-offs until rated " + minimumRating.label() + " or better.");
        }
        if (!worst.meets(minimumRating)) {
            return new Assessment(AdmissionOutcome.ADMIT, "Rated " + worst.label() + ": may join, but a "
                    + "location receives no call-offs until rated " + minimumRating.label() + " or better.");
        }
        return new Assessment(AdmissionOutcome.ADMIT, "Rated " + worst.label() + ": meets the lot's minimum ("
                + minimumRating.label() + ").");
    }

    /** Why an officer may not recommend this outcome, if the policy forbids it. */
    public Optional<String> objectionTo(AdmissionOutcome outcome, CqcRating worst) {
        if (outcome == AdmissionOutcome.ADMIT && worst == CqcRating.INADEQUATE) {
            return Optional.of(admitInadequateSuspended
                    ? "a provider rated Inadequate can only be admitted as suspended"
                    : "a provider rated Inadequate cannot be admitted to this lot");
        }
        if (outcome == AdmissionOutcome.ADMIT_SUSPENDED && !admitInadequateSuspended) {
            return Optional.of("this lot does not admit providers as suspended");
        }
        if (outcome == AdmissionOutcome.ADMIT_SUSPENDED && worst != CqcRating.INADEQUATE) {
            return Optional.of("only a provider rated Inadequate is admitted as suspended");
        }
        return Optional.empty();
    }

    /** Whether a location with this rating may receive new call-offs on the lot. */
    public boolean allowsCallOffsFor(CqcRating rating) {
        return rating.meets(minimumRating);
    }

    public CqcRating getMinimumRating() {
        return minimumRating;
    }

    public boolean isAdmitInadequateSuspended() {
        return admitInadequateSuspended;
    }

    @Override
    public String toString() {
        return "call-offs from " + minimumRating.label()
                + (admitInadequateSuspended ? "; Inadequate admitted but suspended" : "; Inadequate not admitted");
    }
}
