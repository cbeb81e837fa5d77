package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.Address;

/**
 * A person's need for care in a lot, sent as a call-off competition to every provider location
 * eligible when it is issued. The person's reference is seen by council staff only; the needs by
 * the invited providers too. Offers stay sealed until they are closed after the deadline.
 */
@Entity
@Table(name = "requirement")
@NamedQuery(name = Requirement.BY_REFERENCE, query = "select r from Requirement r join fetch r.lot l join fetch l.dps "
        + "where r.reference = :reference")
public class Requirement {

    public static final String BY_REFERENCE = "Requirement.byReference";
    /** An offer deadline at least this far after issue... */
    public static final Duration MIN_OFFER_TIME = Duration.ofHours(1);
    /** ...and at most this far. */
    public static final Duration MAX_OFFER_TIME = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requirement_seq")
    @SequenceGenerator(name = "requirement_seq", sequenceName = "requirement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    @Size(max = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @NotBlank(message = "Give the person's reference (from the care record), not their name")
    @Size(max = 40)
    @Column(name = "person_reference", nullable = false, length = 40)
    private String personReference;

    @Size(max = 2000)
    @Column(length = 2000)
    private String needs;

    @NotBlank(message = "Postcode is required")
    @Pattern(regexp = Address.POSTCODE, message = Address.POSTCODE_MESSAGE)
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String postcode;

    @NotNull(message = "Start date is required")
    @PlausibleDate
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "Urgency is required")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Urgency urgency;

    @NotNull(message = "Weekly budget is required")
    @DecimalMin(value = "0.01", message = "must be more than £0")
    @DecimalMax(value = "99999.99", message = "must be at most £99,999.99 a week")
    @Digits(integer = 5, fraction = 2, message = "must be in pounds and pence")
    @Column(name = "weekly_budget", nullable = false, precision = 10, scale = 2)
    private BigDecimal weeklyBudget;

    @NotNull(message = "Offer deadline is required")
    @Column(name = "offer_deadline", nullable = false)
    private Instant offerDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequirementStatus status = RequirementStatus.DRAFT;

    @Column(name = "raised_by", nullable = false, length = 60)
    @Size(max = 60)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "issued_by", length = 60)
    @Size(max = 60)
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancelled_by", length = 60)
    @Size(max = 60)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Size(max = 2000)
    @Column(name = "cancellation_reason", length = 2000)
    private String cancellationReason;

    @OneToMany(mappedBy = "requirement")
    @OrderBy("providerName, locationName")
    private List<Invitation> invitations = new ArrayList<>();

    protected Requirement() {
    }

    public Requirement(Lot lot, RequirementDetails details, String raisedBy, Instant now) {
        this.lot = lot;
        this.raisedBy = raisedBy;
        this.raisedAt = now;
        this.reference = "NEW"; // replaced by assignReference once the id is known
        change(details);
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Requirement not persisted yet");
        }
        this.reference = String.format(Locale.UK, "REQ-%d-%05d", year, id);
    }

    /** Changes a draft (nothing has been sent yet). */
    public void change(RequirementDetails details) {
        requireStatus(RequirementStatus.DRAFT, "changed");
        this.personReference = trim(details.personReference());
        this.needs = trim(details.needs());
        this.postcode = Address.normalisePostcode(trim(details.postcode()));
        this.startDate = details.startDate();
        this.urgency = details.urgency();
        this.weeklyBudget = details.weeklyBudget();
        this.offerDeadline = details.offerDeadline() == null ? null
                : details.offerDeadline().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /**
     * Sends the requirement: the offer deadline must leave providers at least {@link #MIN_OFFER_TIME}
     * and at most {@link #MAX_OFFER_TIME}; care cannot start before today; the lot's market must be
     * open to call-offs today.
     */
    public void issue(String username, Instant now, LocalDate today) {
        requireStatus(RequirementStatus.DRAFT, "issued");
        if (offerDeadline.isBefore(now.plus(MIN_OFFER_TIME))) {
            throw new RuleViolation("The offer deadline " + UkFormat.dateTime(offerDeadline) + " must be at least "
                    + MIN_OFFER_TIME.toHours() + " hour after the requirement is issued.");
        }
        if (offerDeadline.isAfter(now.plus(MAX_OFFER_TIME))) {
            throw new RuleViolation("The offer deadline " + UkFormat.dateTime(offerDeadline) + " must be within "
                    + MAX_OFFER_TIME.toDays() + " days of issue.");
        }
        if (startDate.isBefore(today)) {
            throw new RuleViolation("Care cannot start on " + UkFormat.date(startDate) + ", before today.");
        }
        var dps = lot.getDps();
        if (dps.getStatus() == uk.council.procurement.dps.entity.DpsStatus.DRAFT || today.isBefore(dps.getTermStart())
                || today.isAfter(dps.currentTermEnd())) {
            throw new WrongState("DPS " + dps.getReference() + " is not in its term today: no call-offs under it.");
        }
        this.status = RequirementStatus.ISSUED;
        this.issuedBy = username;
        this.issuedAt = now;
    }

    /** At the deadline: offers are unsealed and unanswered invitations end. */
    public void closeOffers(Instant now) {
        requireStatus(RequirementStatus.ISSUED, "closed for offers");
        this.status = RequirementStatus.EVALUATION;
        this.closedAt = now;
        invitations.forEach(i -> i.close(now));
    }

    public void cancel(String reason, String username, Instant now) {
        if (status == RequirementStatus.CANCELLED) {
            throw new WrongState("Requirement " + reference + " is already cancelled.");
        }
        this.status = RequirementStatus.CANCELLED;
        this.cancelledBy = username;
        this.cancelledAt = now;
        this.cancellationReason = reason;
        invitations.forEach(i -> i.withdraw(now));
    }

    /**
     * Whether offers are still sealed from council staff: until offers have been closed after the
     * deadline (by the process, moments after it). A draft has none; a requirement cancelled before
     * its offers closed stays sealed for good, so that cancelling cannot be a way to read prices.
     */
    public boolean isSealed() {
        return closedAt == null;
    }

    /** Whether providers may still offer, change or decline. */
    public boolean acceptsAnswers(Instant now) {
        return status == RequirementStatus.ISSUED && now.isBefore(offerDeadline);
    }

    private void requireStatus(RequirementStatus expected, String what) {
        if (status != expected) {
            throw new WrongState("Requirement " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + ": it cannot be " + what + ".");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Lot getLot() {
        return lot;
    }

    public String getPersonReference() {
        return personReference;
    }

    public String getNeeds() {
        return needs;
    }

    public String getPostcode() {
        return postcode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public BigDecimal getWeeklyBudget() {
        return weeklyBudget;
    }

    public Instant getOfferDeadline() {
        return offerDeadline;
    }

    public RequirementStatus getStatus() {
        return status;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }
}
