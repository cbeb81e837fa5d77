package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An extension the contract's terms allow (a refusal comes as a problem naming the rule), with its
 * expected cost where last year's spend and an uplift are known: exact to the penny and rounded half
 * up to whole pounds.
 */
public record ExtensionCheck(String reference, int months, LocalDate currentExpiry, LocalDate newExpiry,
        LocalDate notifiedOn, LocalDate noticeDeadline, BigDecimal annualSpend, BigDecimal upliftPercent,
        BigDecimal cost, BigDecimal costRounded) {
}
