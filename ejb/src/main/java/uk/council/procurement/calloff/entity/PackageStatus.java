package uk.council.procurement.calloff.entity;

/** Where a care-at-home package stands. */
public enum PackageStatus {
    /** Being offered down the cascade. */
    OFFERED("Being offered"),
    /** A provider accepted it. */
    ACCEPTED("Accepted"),
    /** Nobody accepted: an officer decides what happens instead. */
    ESCALATED("Nobody accepted"),
    /** The officer arranged the care another way (recorded with the reason). */
    ARRANGED_ELSEWHERE("Arranged elsewhere"),
    CANCELLED("Cancelled");

    private final String label;

    PackageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == OFFERED || this == ESCALATED;
    }
}
