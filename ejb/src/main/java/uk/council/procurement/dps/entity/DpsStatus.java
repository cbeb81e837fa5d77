package uk.council.procurement.dps.entity;

public enum DpsStatus {
    /** Being set up: not visible to providers. */
    DRAFT("Draft"),
    /** Accepting applications during its term. */
    OPEN("Open"),
    /** No longer accepting applications. */
    CLOSED("Closed");

    private final String label;

    DpsStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
