package uk.council.procurement.membership.entity;

/** Where an organisation's membership of a lot stands. */
public enum AdmissionStatus {
    /** On the lot and eligible for call-offs (per covered location, subject to the lot's policy). */
    ACTIVE("Active"),
    /** On the lot but receives no new call-offs (e.g. rated Inadequate) until the suspension is lifted. */
    SUSPENDED("Suspended"),
    /** No longer on the lot; kept as a record. */
    TERMINATED("Terminated");

    private final String label;

    AdmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the admission takes one of the lot's places (its cap on providers). */
    public boolean holdsPlace() {
        return this != TERMINATED;
    }
}
