package uk.council.procurement.contracts.entity;

import java.time.LocalDate;

/** An extension the terms allow: from the day after the current expiry, for some months, to a new expiry. */
public record Extension(int months, LocalDate currentExpiry, LocalDate newExpiry, LocalDate notifiedOn,
        LocalDate noticeDeadline) {
}
