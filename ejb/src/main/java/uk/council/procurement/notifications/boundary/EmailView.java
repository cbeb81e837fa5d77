package uk.council.procurement.notifications.boundary;

import java.time.Instant;

import uk.council.procurement.notifications.entity.OutboundEmail;

/** An email of the outbox as staff see it: to whom, about what, and whether it went. */
public record EmailView(Long id, long version, String recipient, Long providerId, String subjectRef, String subject,
        String body, OutboundEmail.Status status, String statusLabel, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant sentAt, String lastError) {

    static EmailView of(OutboundEmail e) {
        return new EmailView(e.getId(), e.getVersion(), e.getRecipient(), e.getProviderId(), e.getSubjectRef(),
                e.getSubject(), e.getBody(), e.getStatus(), e.getStatus().label(), e.getAttempts(), e.getCreatedAt(),
                e.getNextAttemptAt(), e.getSentAt(), e.getLastError());
    }
}
