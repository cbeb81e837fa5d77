package uk.council.procurement.calloff.entity;

/** A provider location's answer to a requirement. */
public enum InvitationStatus {
    INVITED("Invited"),
    OFFERED("Offer made"),
    DECLINED("Declined"),
    /** The deadline passed without an answer. */
    NO_ANSWER("No answer"),
    /** The requirement was cancelled, or the provider suspended, before the deadline. */
    WITHDRAWN("Withdrawn"),
    /** The offer won and the provider confirmed: a call-off contract exists. */
    AWARDED("Awarded"),
    /** The offer won but the provider declined the award. */
    AWARD_DECLINED("Declined the award");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
