package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import uk.council.procurement.calloff.entity.PackageStatus;

/** A line of the packages list. */
public record PackageSummary(String reference, PackageStatus status, String statusLabel, String dpsReference,
        String lotCode, String zone, String personReference, String postcode, LocalDate startDate, String urgencyLabel,
        BigDecimal weeklyHours, String stageLabel, Instant windowEndsAt, String acceptedProviderName, Instant raisedAt) {
}
