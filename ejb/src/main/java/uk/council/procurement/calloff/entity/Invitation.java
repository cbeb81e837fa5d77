package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * One provider location invited to a requirement, as it was eligible at issue time, and its answer:
 * an offer (weekly price, earliest start) that the provider may change until the deadline, or a
 * decline with a reason. The offer is sealed from council staff until the requirement unseals it.
 */
@Entity
@Table(name = "invitation", uniqueConstraints = @UniqueConstraint(columnNames = {"requirement_id", "location_code"}))
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id", nullable = false)
    private Requirement requirement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @Size(max = 200)
    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    @Size(max = 20)
    @Column(name = "location_code", nullable = false, length = 20)
    private String locationCode;

    @Size(max = 200)
    @Column(name = "location_name", nullable = false, length = 200)
    private String locationName;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_at_issue", length = 30)
    private CqcRating ratingAtIssue;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationStatus status = InvitationStatus.INVITED;

    @Column(name = "weekly_price", precision = 10, scale = 2)
    private BigDecimal weeklyPrice;

    @Column(name = "earliest_start")
    private LocalDate earliestStart;

    @Size(max = 2000)
    @Column(name = "offer_note", length = 2000)
    private String offerNote;

    @Size(max = 2000)
    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Size(max = 60)
    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    protected Invitation() {
    }

    public Invitation(Requirement requirement, ProviderOrganisation provider, String providerName, String locationCode,
            String locationName, CqcRating ratingAtIssue, Instant now) {
        this.requirement = requirement;
        this.provider = provider;
        this.providerName = providerName;
        this.locationCode = locationCode;
        this.locationName = locationName;
        this.ratingAtIssue = ratingAtIssue;
        this.invitedAt = now;
        requirement.getInvitations().add(this);
    }

    /**
     * Makes or changes the offer. The price is weekly, in pounds and pence, above nothing and at most
     * {@code 99,999.99}; care can start no earlier than the requirement asks.
     */
    public void offer(BigDecimal weeklyPrice, LocalDate earliestStart, String note, String username, Instant now) {
        requireOpen(now);
        if (weeklyPrice == null) {
            throw new uk.council.procurement.platform.InvalidInput("weeklyPrice", "Weekly price is required");
        }
        if (weeklyPrice.signum() <= 0 || weeklyPrice.compareTo(new BigDecimal("99999.99")) > 0 || weeklyPrice.scale() > 2) {
            throw new uk.council.procurement.platform.InvalidInput("weeklyPrice",
                    "must be a weekly price in pounds and pence, above £0 and at most £99,999.99");
        }
        if (earliestStart == null) {
            throw new uk.council.procurement.platform.InvalidInput("earliestStart", "Earliest start is required");
        }
        if (earliestStart.isBefore(requirement.getStartDate())) {
            throw new RuleViolation("Care is needed from " + UkFormat.date(requirement.getStartDate())
                    + "; an offer cannot start earlier, on " + UkFormat.date(earliestStart) + ".");
        }
        if (earliestStart.isAfter(requirement.getStartDate().plusYears(1))) {
            throw new uk.council.procurement.platform.InvalidInput("earliestStart",
                    "must be within a year of the start the requirement asks for");
        }
        this.weeklyPrice = weeklyPrice.setScale(2);
        this.earliestStart = earliestStart;
        this.offerNote = note == null || note.isBlank() ? null : note.strip();
        this.declineReason = null;
        this.status = InvitationStatus.OFFERED;
        this.answeredAt = now;
        this.answeredBy = username;
    }

    /** Declines, or withdraws an offer made, with a reason; possible until the deadline. */
    public void decline(String reason, String username, Instant now) {
        requireOpen(now);
        this.weeklyPrice = null;
        this.earliestStart = null;
        this.offerNote = null;
        this.declineReason = reason;
        this.status = InvitationStatus.DECLINED;
        this.answeredAt = now;
        this.answeredBy = username;
    }

    void close(Instant now) {
        if (status == InvitationStatus.INVITED) {
            status = InvitationStatus.NO_ANSWER;
        }
    }

    /** The provider was suspended from the lot before answering: the invitation ends. */
    public void withdrawOnSuspension(Instant now) {
        if (status == InvitationStatus.INVITED) {
            status = InvitationStatus.WITHDRAWN;
        }
    }

    void withdraw(Instant now) {
        if (status == InvitationStatus.INVITED || status == InvitationStatus.OFFERED) {
            status = InvitationStatus.WITHDRAWN;
        }
    }

    private void requireOpen(Instant now) {
        if (!requirement.acceptsAnswers(now)) {
            throw new WrongState(requirement.getStatus() == RequirementStatus.ISSUED
                    ? "Offers for " + requirement.getReference() + " closed at "
                            + UkFormat.dateTime(requirement.getOfferDeadline()) + "; nothing more is accepted."
                    : "Requirement " + requirement.getReference() + " is "
                            + requirement.getStatus().label().toLowerCase(Locale.UK) + "; answers are not accepted.");
        }
        if (status == InvitationStatus.WITHDRAWN) {
            throw new WrongState("This invitation was withdrawn.");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getLocationCode() {
        return locationCode;
    }

    public String getLocationName() {
        return locationName;
    }

    public CqcRating getRatingAtIssue() {
        return ratingAtIssue;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public BigDecimal getWeeklyPrice() {
        return weeklyPrice;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public String getOfferNote() {
        return offerNote;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }
}
