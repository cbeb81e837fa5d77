package uk.council.procurement.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A message for everyone in a role, or for the users of one provider organisation. */
@Entity
@Table(name = "notification")
public class Notification {

    /** Longest message the column holds. */
    public static final int MAX_MESSAGE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "recipient_role", length = 40)
    @Size(max = 40)
    private String recipientRole;

    @Column(name = "recipient_provider_id")
    private Long recipientProviderId;

    /** The record the message is about, e.g. an application reference. */
    @Column(name = "subject_ref", length = 40)
    @Size(max = 40)
    private String subjectRef;

    @Column(nullable = false, length = 1000)
    @Size(max = 1000)
    private String message;

    protected Notification() {
    }

    private Notification(Instant createdAt, String role, Long providerId, String subjectRef, String message) {
        this.createdAt = createdAt;
        this.recipientRole = role;
        this.recipientProviderId = providerId;
        this.subjectRef = subjectRef;
        this.message = message;
    }

    public static Notification toRole(String role, String subjectRef, String message, Instant now) {
        return new Notification(now, role, null, subjectRef, message);
    }

    public static Notification toProvider(Long providerId, String subjectRef, String message, Instant now) {
        return new Notification(now, null, providerId, subjectRef, message);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRecipientRole() {
        return recipientRole;
    }

    public Long getRecipientProviderId() {
        return recipientProviderId;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getMessage() {
        return message;
    }
}
