package uk.council.procurement.contracts.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A review in the list: its market, where it stands and how far the providers' decisions have come. */
public record ReviewSummary(String reference, String dpsReference, String dpsTitle, String status, String statusLabel,
        LocalDate noticeDeadline, int providers, long recommended, long decided, String startedBy, Instant startedAt) {
}
