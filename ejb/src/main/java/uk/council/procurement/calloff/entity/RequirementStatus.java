package uk.council.procurement.calloff.entity;

/** Where a requirement stands. */
public enum RequirementStatus {
    /** Raised by an officer, not yet sent to anyone. */
    DRAFT("Draft"),
    /** Sent to the eligible providers; offers are sealed until the deadline. */
    ISSUED("Open for offers"),
    /** The deadline has passed: offers can be read and evaluated. */
    EVALUATION("Under evaluation"),
    /** An officer proposed the award; its annual value needs a commissioning lead's approval. */
    AWAITING_APPROVAL("Award awaiting approval"),
    /** The award was proposed (and approved where needed); the winning provider is to confirm. */
    AWAITING_CONFIRMATION("Awaiting the provider's confirmation"),
    /** The winner confirmed; a call-off contract exists. */
    AWARDED("Awarded"),
    /** Ended without an award, with the officer's reason (no offers, none acceptable). */
    CLOSED("Closed without award"),
    /** Cancelled by an officer, with a reason. */
    CANCELLED("Cancelled");

    private final String label;

    RequirementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
