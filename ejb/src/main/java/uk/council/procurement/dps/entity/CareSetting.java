package uk.council.procurement.dps.entity;

public enum CareSetting {
    RESIDENTIAL("Residential care", "Care home service without nursing"),
    NURSING("Nursing care", "Care home service with nursing"),
    CARE_AT_HOME("Care at home", "Domiciliary care service");

    private final String label;
    private final String cqcServiceType;

    CareSetting(String label, String cqcServiceType) {
        this.label = label;
        this.cqcServiceType = cqcServiceType;
    }

    /** The CQC service type (gacServiceTypes description) a location needs to serve this setting. */
    public String cqcServiceType() {
        return cqcServiceType;
    }

    public String label() {
        return label;
    }
}
