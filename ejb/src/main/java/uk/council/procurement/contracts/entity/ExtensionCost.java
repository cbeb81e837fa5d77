package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.council.procurement.platform.RuleViolation;

/**
 * What an extension is expected to cost: last year's spend, raised by the fee uplift, for the
 * extension's months pro rata (months / 12). Worked exactly, then rounded half up to whole pounds, as
 * a cabinet report states it: £9,139,875 with an 8.24% uplift for 12 months is £9,893,000.70, so £9,893,001.
 */
public record ExtensionCost(BigDecimal annualSpend, BigDecimal upliftPercent, int months, BigDecimal exact,
        BigDecimal rounded) {

    public static final BigDecimal MIN_UPLIFT = new BigDecimal("-50");
    public static final BigDecimal MAX_UPLIFT = new BigDecimal("100");

    public static ExtensionCost of(BigDecimal annualSpend, BigDecimal upliftPercent, int months) {
        if (annualSpend == null || annualSpend.signum() < 0) {
            throw new RuleViolation("Last year's spend is needed to work out the cost (and cannot be negative).");
        }
        if (upliftPercent == null || upliftPercent.compareTo(MIN_UPLIFT) < 0 || upliftPercent.compareTo(MAX_UPLIFT) > 0
                || upliftPercent.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("The fee uplift must be a percentage from -50 to 100 with at most 2 decimal places.");
        }
        if (months < 1 || months > 120) {
            throw new RuleViolation("The extension must be 1 to 120 months to work out its cost.");
        }
        var factor = BigDecimal.ONE.add(upliftPercent.movePointLeft(2));
        // spend x factor x months is exact in pence; twelfths are kept to 10 places so that rounding once decides
        var full = annualSpend.multiply(factor).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 10, RoundingMode.HALF_UP);
        return new ExtensionCost(annualSpend, upliftPercent, months, full.setScale(2, RoundingMode.HALF_UP),
                full.setScale(0, RoundingMode.HALF_UP));
    }
}
