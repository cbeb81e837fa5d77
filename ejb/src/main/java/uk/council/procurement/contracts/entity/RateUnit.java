package uk.council.procurement.contracts.entity;

/** What a contract's current rate is a price of. */
public enum RateUnit {
    PER_HOUR("an hour"),
    PER_WEEK("a week");

    private final String label;

    RateUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
