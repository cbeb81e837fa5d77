package uk.council.procurement.calloff.entity;

/** Where a requirement stands. */
public enum RequirementStatus {
    /** Raised by an officer, not yet sent to anyone. */
    DRAFT("Draft"),
    /** Sent to the eligible providers; offers are sealed until the deadline. */
    ISSUED("Open for offers"),
    /** The deadline has passed: offers can be read and evaluated. */
    EVALUATION("Under evaluation"),
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
