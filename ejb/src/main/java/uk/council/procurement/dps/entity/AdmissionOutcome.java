package uk.council.procurement.dps.entity;

/** What happens to a provider's request to join one lot. */
public enum AdmissionOutcome {
    ADMIT("Admitted"),
    /** Joins the lot but receives no new placements until its rating improves. */
    ADMIT_SUSPENDED("Admitted but suspended"),
    REJECT("Rejected");

    private final String label;

    AdmissionOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean admits() {
        return this != REJECT;
    }
}
