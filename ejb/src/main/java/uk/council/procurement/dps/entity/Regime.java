package uk.council.procurement.dps.entity;

import java.time.LocalDate;

/** The legal regime a market runs under; both run side by side in 2026 on the same code. */
public enum Regime {
    /**
     * A DPS under the Public Contracts Regulations 2015, reg 34, set up before 24 February 2025 and
     * kept running under the transitional rules (SI 2024/716 reg 5) until 23 February 2029 at the latest.
     */
    PCR_2015_DPS("DPS (Public Contracts Regulations 2015)"),
    /** A dynamic market under the Procurement Act 2023, ss 34-39: the evaluation clock is the market's own. */
    PA_2023_DYNAMIC_MARKET("Dynamic market (Procurement Act 2023)"),
    /** A framework agreement under the PCR 2015 light-touch regime (care at home). */
    PCR_2015_FRAMEWORK("Framework (Public Contracts Regulations 2015, light-touch)");

    /** The Procurement Act 2023 came into force; no new PCR 2015 DPS after this day. */
    public static final LocalDate ACT_COMMENCEMENT = LocalDate.of(2025, 2, 24);
    /** The latest day a PCR 2015 DPS may still run under the transitional rules. */
    public static final LocalDate LEGACY_DPS_LONGSTOP = LocalDate.of(2029, 2, 23);
    /** PCR 2015 reg 34(15): requests to participate are evaluated within 10 working days... */
    public static final int PCR_EVALUATION_DAYS = 10;
    /** ...extendable to 15 working days where justified. */
    public static final int PCR_EXTENDED_EVALUATION_DAYS = 15;

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
