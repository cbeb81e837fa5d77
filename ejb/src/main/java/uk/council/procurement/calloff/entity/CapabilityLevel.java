package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;

/** A provider's answer to a capability, and the share of its weight it earns (the scoring rule). */
public enum CapabilityLevel {
    FULLY("Fully", BigDecimal.ONE),
    PARTLY("Partly", new BigDecimal("0.5")),
    NOT_AT_ALL("Not at all", BigDecimal.ZERO);

    private final String label;
    private final BigDecimal share;

    CapabilityLevel(String label, BigDecimal share) {
        this.label = label;
        this.share = share;
    }

    public String label() {
        return label;
    }

    public BigDecimal share() {
        return share;
    }
}
