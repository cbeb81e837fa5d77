package uk.council.procurement.dps.entity;

/**
 * Who decides whether a lot's agreements are extended, under the council's scheme of delegation:
 * a commissioning lead, or cabinet (whose decision a lead records with its date and minute reference).
 */
public enum ExtensionApproval {
    LEAD("Commissioning lead"),
    CABINET("Cabinet");

    private final String label;

    ExtensionApproval(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stricter of two: cabinet over a lead. */
    public ExtensionApproval or(ExtensionApproval other) {
        return this == CABINET || other == CABINET ? CABINET : LEAD;
    }
}
