package uk.council.procurement.calloff.entity;

/** Why a provider declines a care-at-home package: the list officers report on, with free text beside it. */
public enum DeclineReason {
    NO_CAPACITY("No carers free at those times"),
    TOO_FAR("Too far from our carers' rounds"),
    NEEDS_NOT_MET("We cannot meet the person's needs"),
    START_DATE("We cannot start on that date"),
    RATE("The rate does not cover the care"),
    OTHER("Other (say why)");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
