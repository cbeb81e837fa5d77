package uk.council.procurement.contracts.entity;

/** What followed an approved decision. */
public enum ReviewOutcome {
    /** Not extended: the provider was given notice; its end date stays. */
    NOTICE_GIVEN("Notice given: not extended"),
    /** Extended: the deed of extension is to be prepared, signed and sealed. */
    DEED_TO_PREPARE("Extension approved: deed to prepare");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
