package uk.council.procurement.providers.entity;

/** Overall rating of a location by the Care Quality Commission. */
public enum CqcRating {
    OUTSTANDING(4, "Outstanding"),
    GOOD(3, "Good"),
    REQUIRES_IMPROVEMENT(2, "Requires improvement"),
    INADEQUATE(1, "Inadequate"),
    /** A newly registered service that CQC has not inspected yet. */
    NOT_YET_RATED(0, "Not yet rated");

    private final int rank;
    private final String label;

    CqcRating(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    /**
     * The rating from CQC's word for it. A location CQC has not rated (no rating, "No published
     * rating", "Insufficient evidence to rate", anything unknown) is unrated, never Good.
     */
    public static CqcRating fromCqc(String word) {
        if (word != null) {
            for (CqcRating r : values()) {
                if (r.isRated() && r.label.equalsIgnoreCase(word.trim())) {
                    return r;
                }
            }
        }
        return NOT_YET_RATED;
    }

    public String label() {
        return label;
    }

    public boolean isRated() {
        return this != NOT_YET_RATED;
    }

    /** True if this is a rating, and at least as good as the given minimum. */
    public boolean meets(CqcRating minimum) {
        return isRated() && rank >= minimum.rank;
    }

    /** The worse of two ratings; a rating is always worse than none. */
    public CqcRating worseOf(CqcRating other) {
        if (!isRated()) {
            return other;
        }
        if (!other.isRated()) {
            return this;
        }
        return rank <= other.rank ? this : other;
    }
}
