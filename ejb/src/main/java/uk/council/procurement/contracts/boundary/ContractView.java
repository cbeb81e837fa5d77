package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A contract in the register with its term, its options to extend and where it stands today: the
 * notice deadline, whether a decision is due within the register's horizon, the longest next extension.
 */
public record ContractView(String reference, long version, String kind, String kindLabel, String title,
        String dpsReference, String dpsTitle, String regime, Long providerId, String providerName,
        LocalDate commencement, LocalDate originalExpiry, LocalDate currentExpiry, LocalDate noticeDeadline,
        LocalDate latestEnd, int longestExtensionMonths, int extensionsAllowed, int extensionsTaken,
        int longestTotalMonths, int noticeMonths, String termsDescription, boolean extendable,
        int longestNextExtensionMonths, boolean decisionDue, String status, BigDecimal rate, String rateUnit,
        String rateLabel, BigDecimal annualSpend, String changedBy, Instant changedAt) {
}
