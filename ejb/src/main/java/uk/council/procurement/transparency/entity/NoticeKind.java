package uk.council.procurement.transparency.entity;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import uk.council.procurement.dps.entity.Regime;

/**
 * What happened to a call-off, and the notice each regime calls for with it.
 * <ul>
 * <li>Procurement Act 2023 (a dynamic market): UK4 tender notice when the competition is issued, UK6
 * contract award notice when the award is decided, UK7 contract details notice once the contract is
 * made (the brief's 120 days are the deadline recorded).</li>
 * <li>PCR 2015 (a legacy DPS or framework): no notice for the competition among the admitted providers,
 * nor for the decision; a contract award notice once the contract is made, which a DPS may group by
 * quarter (reg 50(3)): due 30 days after the quarter ends.</li>
 * <li>A contract modification (an agreement extended by deed, under an option its terms provided for):
 * a contract change notice (UK10) under the Act, a regulation 72 modification under PCR 2015. Whether
 * one must be published for an option the original terms provided for is publication's decision; the
 * event records the basis, the dates and the values before and after.</li>
 * </ul>
 */
public enum NoticeKind {
    TENDER, AWARD, CONTRACT, MODIFICATION;

    /** The notice type for this event under the regime; NOT_REQUIRED when the regime asks for none. */
    public String noticeType(Regime regime) {
        boolean act = regime == Regime.PA_2023_DYNAMIC_MARKET;
        return switch (this) {
            case TENDER -> act ? "UK4" : "NOT_REQUIRED";
            case AWARD -> act ? "UK6" : "NOT_REQUIRED";
            case CONTRACT -> act ? "UK7" : "PCR_CONTRACT_AWARD";
            case MODIFICATION -> act ? "UK10" : "PCR_REG72_MODIFICATION";
        };
    }

    /** The last day to publish it, or null where no notice is due or it comes before a later step. */
    public LocalDate publishBy(Regime regime, LocalDate happened) {
        if (this != CONTRACT) {
            return null;
        }
        if (regime == Regime.PA_2023_DYNAMIC_MARKET) {
            return happened.plusDays(120);
        }
        var quarterEnd = happened.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
        return quarterEnd.plusDays(30);
    }
}
