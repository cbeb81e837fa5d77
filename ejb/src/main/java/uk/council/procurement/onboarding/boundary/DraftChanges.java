package uk.council.procurement.onboarding.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a provider saves of a draft: the lots applied for and the insurance held (replaces both). */
public record DraftChanges(List<Long> lotIds, String insurer, String policyNumber, BigDecimal employersLiabilityCover,
        BigDecimal publicLiabilityCover, LocalDate insuranceExpiresOn) {
}
