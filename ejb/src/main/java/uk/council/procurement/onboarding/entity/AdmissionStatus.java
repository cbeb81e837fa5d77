package uk.council.procurement.onboarding.entity;

public enum AdmissionStatus {
    /** On the lot and eligible for call-offs (per location, subject to the lot's minimum rating). */
    ACTIVE("Active"),
    /** On the lot but receives no new placements (e.g. rated Inadequate) until lifted. */
    SUSPENDED("Suspended");

    private final String label;

    AdmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
