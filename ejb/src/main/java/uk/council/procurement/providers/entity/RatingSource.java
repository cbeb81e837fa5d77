package uk.council.procurement.providers.entity;

/** Where a location's rating came from: only the first three count as evidence for eligibility. */
public enum RatingSource {
    CQC_SYNC("CQC register"),
    CQC_IMPORT("CQC file import"),
    QUALITY_OFFICER("Quality officer, from evidence CQC has not published yet"),
    /** Typed in by the provider before ratings came from CQC; never makes a location eligible. */
    UNVERIFIED("Entered by the provider, not verified");

    private final String label;

    RatingSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isVerified() {
        return this != UNVERIFIED;
    }

    public boolean isFromCqc() {
        return this == CQC_SYNC || this == CQC_IMPORT;
    }
}
