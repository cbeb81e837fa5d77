package uk.council.procurement.notifications.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/**
 * An email waiting to be sent, sent, or given up on: written in the transaction of the decision it
 * tells of (so it exists exactly when the decision does) and sent after that commits. A failed send
 * is tried again after 1, 2, 4 and 8 minutes, then given up on with the last error kept.
 */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {

    /** Sends tried before giving up. */
    public static final int MAX_ATTEMPTS = 5;
    public static final int MAX_BODY = 4000;
    public static final int MAX_SUBJECT = 200;

    public enum Status {
        PENDING("Waiting to be sent"), SENT("Sent"), FAILED("Not sent");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_email_seq")
    @SequenceGenerator(name = "outbound_email_seq", sequenceName = "outbound_email_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 254)
    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "provider_id")
    private Long providerId;

    @Size(max = 40)
    @Column(name = "subject_ref", length = 40)
    private String subjectRef;

    @Size(max = MAX_SUBJECT)
    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Size(max = MAX_BODY)
    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Size(max = 500)
    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboundEmail() {
    }

    public OutboundEmail(String recipient, Long providerId, String subjectRef, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.providerId = providerId;
        this.subjectRef = subjectRef;
        this.subject = cut(subject, MAX_SUBJECT);
        this.body = cut(body, MAX_BODY);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Whether a send should be tried now. */
    public boolean isDue(Instant now) {
        return status == Status.PENDING && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public void sent(Instant now) {
        this.attempts++;
        this.status = Status.SENT;
        this.sentAt = now;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /** A send failed: tried again after 1, 2, 4, 8 minutes; after {@value #MAX_ATTEMPTS} tries it is given up on. */
    public void failed(String error, Instant now) {
        this.attempts++;
        this.lastError = cut(error == null ? "unknown error" : error, 500);
        if (attempts >= MAX_ATTEMPTS) {
            this.status = Status.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
    }

    /** An email given up on is tried again now (an officer's request, once the mail server is back). */
    public void retry(Instant now) {
        if (status != Status.FAILED) {
            throw new uk.council.procurement.platform.WrongState("Only an email that was not sent can be tried again; this one is "
                    + status.label().toLowerCase(java.util.Locale.UK) + ".");
        }
        this.status = Status.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    public long getVersion() {
        return version;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
