package uk.council.procurement.contracts.entity;

/** Where a review stands. */
public enum ReviewStatus {
    RECOMMENDING("Officers recommending"),
    APPROVING("Leads deciding"),
    DECIDED("Decided");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
