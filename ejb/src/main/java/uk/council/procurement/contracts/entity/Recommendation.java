package uk.council.procurement.contracts.entity;

/** What the officers recommend for a provider's agreement. */
public enum Recommendation {
    EXTEND("Extend"),
    EXPIRE("Let expire");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
