package uk.council.procurement.calloff.entity;

/** What became of one offer of a package to one provider. */
public enum PackageOfferStatus {
    OFFERED("Waiting for an answer"),
    ACCEPTED("Accepted"),
    DECLINED("Declined"),
    /** The acceptance window ended without an answer. */
    LAPSED("No answer in time"),
    /** Another provider accepted first. */
    GONE("Gone to another provider"),
    /** The package was cancelled, or the provider can no longer take call-offs on the lot. */
    WITHDRAWN("Withdrawn");

    private final String label;

    PackageOfferStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
