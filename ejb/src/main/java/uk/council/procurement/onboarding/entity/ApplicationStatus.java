package uk.council.procurement.onboarding.entity;

import java.util.Set;

public enum ApplicationStatus {
    /** Being written by the provider; nobody else sees it. */
    DRAFT("Draft"),
    /** Submitted; automatic checks running. */
    SUBMITTED("Submitted"),
    /** Waiting for a procurement officer's recommendation. */
    UNDER_EVALUATION("Under evaluation"),
    /** Recommendation made; waiting for a commissioning lead. */
    AWAITING_APPROVAL("Awaiting approval"),
    /** Decision made, admitted to at least one lot: waiting for the provider to accept the agreement. */
    AWAITING_AGREEMENT("Awaiting agreement"),
    /** Admitted to the lots decided. */
    ADMITTED("Admitted"),
    /** Rejected on every lot. */
    REJECTED("Rejected"),
    /** Withdrawn by the provider before the decision: the evaluation stopped, nothing was decided. */
    WITHDRAWN("Withdrawn");

    /** The decision is not made yet: the evaluation clock runs, and the provider may still withdraw. */
    public static final Set<ApplicationStatus> UNDECIDED = Set.of(SUBMITTED, UNDER_EVALUATION, AWAITING_APPROVAL);

    /** Nothing more happens to the application: its provider may apply to the same DPS again. */
    public static final Set<ApplicationStatus> FINISHED = Set.of(ADMITTED, REJECTED, WITHDRAWN);

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
