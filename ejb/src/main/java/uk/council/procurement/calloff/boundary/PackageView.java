package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.calloff.entity.CascadeStage;
import uk.council.procurement.calloff.entity.PackageStatus;
import uk.council.procurement.calloff.entity.Urgency;

/** A care-at-home package as council staff see it: the person's reference, the cascade so far and its outcome. */
public record PackageView(String reference, long version, String dpsReference, Long lotId, String lotCode, String zone,
        String personReference, String needs, String postcode, LocalDate startDate, Urgency urgency, String urgencyLabel,
        BigDecimal weeklyHours, BigDecimal hourlyRate, BigDecimal weeklyCost, String visits, List<VisitView> schedule, PackageStatus status,
        String statusLabel, CascadeStage stage, String stageLabel, int round, Instant windowEndsAt,
        String acceptedProviderName, String acceptedBy, Instant acceptedAt, String raisedBy, Instant raisedAt,
        String endedBy, Instant endedAt, String endReason, List<Offer> offers) {

    /** One offer of the package to one provider, with what came of it. */
    public record Offer(Long id, Long providerId, String providerName, String lotCode, CascadeStage stage,
            String stageLabel, int round, Instant offeredAt, Instant windowEndsAt, String status, String statusLabel,
            String declineReason, String declineReasonLabel, String declineText, String answeredBy, Instant answeredAt) {
    }

    public boolean isEscalated() {
        return status == PackageStatus.ESCALATED;
    }

    public boolean isOpen() {
        return status.isOpen();
    }
}
