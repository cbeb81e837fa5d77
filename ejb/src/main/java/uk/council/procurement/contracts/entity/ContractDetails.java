package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract's terms as an officer registers or corrects them. Commencement and expiry can only be
 * corrected while the contract has not been extended: after that, only a deed of extension moves the expiry.
 */
public record ContractDetails(String title, LocalDate commencement, LocalDate expiry, Integer longestExtensionMonths,
        Integer extensionsAllowed, Integer longestTotalMonths, Integer noticeMonths, BigDecimal rate, RateUnit rateUnit,
        BigDecimal annualSpend) {
}
