package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One quarter's indicators of a contract, with the measures off target named. */
public record KpiView(long id, long version, String contractReference, int financialYear, int quarter, String label,
        LocalDate quarterStart, LocalDate quarterEnd, BigDecimal visitsOnTimePercent, Integer complaints,
        BigDecimal staffTurnoverPercent, BigDecimal ecmCompliancePercent, String note, List<String> offTarget,
        String recordedBy, Instant recordedAt) {
}
