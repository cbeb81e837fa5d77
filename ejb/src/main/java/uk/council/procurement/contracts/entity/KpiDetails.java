package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;

/**
 * One quarter's key performance indicators as an officer records them: the financial year it starts
 * (2024 for 2024/25), the quarter (1 is April to June), and the measures known; at least one.
 */
public record KpiDetails(Integer financialYear, Integer quarter, BigDecimal visitsOnTimePercent, Integer complaints,
        BigDecimal staffTurnoverPercent, BigDecimal ecmCompliancePercent, String note) {
}
