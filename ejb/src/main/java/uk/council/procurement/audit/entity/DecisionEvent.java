package uk.council.procurement.audit.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** One decision or step, immutable once written. */
@Entity
@Table(name = "decision_event", indexes = @Index(name = "idx_decision_event_subject", columnList = "subject_type, subject_ref"))
@NamedQuery(name = DecisionEvent.OF_SUBJECT, query = "select e from DecisionEvent e "
        + "where e.subjectType = :type and e.subjectRef = :ref order by e.occurredAt, e.id")
public class DecisionEvent {

    public static final String OF_SUBJECT = "DecisionEvent.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_event_seq")
    @SequenceGenerator(name = "decision_event_seq", sequenceName = "decision_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Username, or "system" for the process engine. */
    @Column(nullable = false, length = 60)
    @Size(max = 60)
    private String actor;

    @Column(name = "actor_name", nullable = false, length = 200)
    @Size(max = 200)
    private String actorName;

    /** The role in which the actor acted, e.g. commissioning-lead. */
    @Column(name = "actor_role", length = 40)
    @Size(max = 40)
    private String actorRole;

    /** What kind of record: DPS, LOT, PROVIDER, APPLICATION. */
    @Column(name = "subject_type", nullable = false, length = 30)
    @Size(max = 30)
    private String subjectType;

    @Column(name = "subject_ref", nullable = false, length = 40)
    @Size(max = 40)
    private String subjectRef;

    /** What was decided, e.g. APPROVED. */
    @Column(nullable = false, length = 40)
    @Size(max = 40)
    private String action;

    /** Why, in the actor's words (a justification, a reason, a comment). */
    @Column(length = 2000)
    @Size(max = 2000)
    private String reason;

    /** What it changed, in words. */
    @Column(length = 4000)
    @Size(max = 4000)
    private String details;

    protected DecisionEvent() {
    }

    public DecisionEvent(Instant occurredAt, String actor, String actorName, String actorRole, String subjectType,
            String subjectRef, String action, String reason, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorName = actorName;
        this.actorRole = actorRole;
        this.subjectType = subjectType;
        this.subjectRef = subjectRef;
        this.action = action;
        this.reason = reason;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectRef() {
        return subjectRef;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getDetails() {
        return details;
    }
}
