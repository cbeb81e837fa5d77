package uk.council.procurement.calloff.entity;

/** How soon the person needs care; shown to providers with the requirement. */
public enum Urgency {
    ROUTINE("Routine"),
    URGENT("Urgent"),
    HOSPITAL_DISCHARGE("Hospital discharge");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
