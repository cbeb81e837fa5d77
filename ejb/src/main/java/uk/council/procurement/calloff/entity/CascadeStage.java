package uk.council.procurement.calloff.entity;

/**
 * The steps of the care-at-home cascade, in order: the zone's Lot 1 provider on duty this week, then
 * the zone's other Lot 1 provider, then every borough-wide (Lot 2) provider at once.
 */
public enum CascadeStage {
    ON_DUTY("Lot 1 provider on duty"),
    PARTNER("Other Lot 1 provider of the zone"),
    OPEN("All Lot 2 providers");

    private final String label;

    CascadeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The step after this one, or null when the cascade has run out. */
    public CascadeStage next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
