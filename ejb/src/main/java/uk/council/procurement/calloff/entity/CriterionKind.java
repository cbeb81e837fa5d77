package uk.council.procurement.calloff.entity;

/** What a requirement asks providers, and how each answer counts in the evaluation. */
public enum CriterionKind {
    /** A yes/no must-have ("ground-floor room"); a "no" excludes the offer. */
    MUST_HAVE("Must have", false),
    /** A weighted capability, answered fully, partly or not at all and scored by rule. */
    CAPABILITY("Capability", true),
    /** A weighted outcome question, answered in free text and marked 0 to 5 by officers. */
    QUESTION("Outcome question", true);

    private final String label;
    private final boolean scored;

    CriterionKind(String label, boolean scored) {
        this.label = label;
        this.scored = scored;
    }

    public String label() {
        return label;
    }

    /** Whether the criterion carries a weight in the quality score. */
    public boolean scored() {
        return scored;
    }
}
