package uk.council.procurement.transparency.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Regime;

/**
 * One call-off event with the facts its transparency notice needs (as JSON), waiting to be published.
 * Written once, never changed: publication will record its own outcome beside it.
 */
@Entity
@Table(name = "notice_event")
public class NoticeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_event_seq")
    @SequenceGenerator(name = "notice_event_seq", sequenceName = "notice_event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Size(max = 30)
    @Column(name = "notice_type", nullable = false, length = 30)
    private String noticeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Regime regime;

    @Size(max = 40)
    @Column(name = "dps_reference", nullable = false, length = 40)
    private String dpsReference;

    @Size(max = 20)
    @Column(name = "requirement_reference", nullable = false, length = 20)
    private String requirementReference;

    @Size(max = 20)
    @Column(name = "contract_reference", length = 20)
    private String contractReference;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "publish_by")
    private LocalDate publishBy;

    @Size(max = 8000)
    @Column(nullable = false, length = 8000)
    private String facts;

    protected NoticeEvent() {
    }

    public NoticeEvent(NoticeKind kind, Regime regime, String dpsReference, String requirementReference,
            String contractReference, Instant occurredAt, LocalDate publishBy, String facts) {
        this.kind = kind;
        this.noticeType = kind.noticeType(regime);
        this.regime = regime;
        this.dpsReference = dpsReference;
        this.requirementReference = requirementReference;
        this.contractReference = contractReference;
        this.occurredAt = occurredAt;
        this.publishBy = publishBy;
        this.facts = facts;
    }

    public Long getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getNoticeType() {
        return noticeType;
    }

    public Regime getRegime() {
        return regime;
    }

    public String getDpsReference() {
        return dpsReference;
    }

    public String getRequirementReference() {
        return requirementReference;
    }

    public String getContractReference() {
        return contractReference;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public LocalDate getPublishBy() {
        return publishBy;
    }

    public String getFacts() {
        return facts;
    }
}
