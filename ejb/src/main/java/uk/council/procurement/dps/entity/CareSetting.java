package uk.council.procurement.dps.entity;

public enum CareSetting {
    RESIDENTIAL("Residential care"),
    NURSING("Nursing care"),
    CARE_AT_HOME("Care at home");

    private final String label;

    CareSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
