package uk.council.procurement.contracts.entity;

/** A lead's decision on a recommendation. */
public enum ReviewDecision {
    APPROVED("Approved"),
    RETURNED("Returned to the officers");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
