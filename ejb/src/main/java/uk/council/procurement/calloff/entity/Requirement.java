package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;
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
    /** Most criteria a requirement can ask providers to answer. */
    public static final int MAX_CRITERIA = 30;
    /** Widest distance a requirement can be limited to, in km. */
    public static final int MAX_DISTANCE_KM = 100;

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

    /**
     * Care homes only: invite only locations within this many km of the postcode (CQC's coordinates;
     * none: the whole lot).
     */
    @Min(value = 1, message = "must be at least 1 km")
    @Max(value = MAX_DISTANCE_KM, message = "must be at most " + MAX_DISTANCE_KM + " km")
    @Column(name = "max_distance_km")
    private Integer maxDistanceKm;

    /** Where the postcode was found when the requirement was issued with a distance. */
    @Column(name = "origin_latitude", precision = 9, scale = 6)
    private BigDecimal originLatitude;

    @Column(name = "origin_longitude", precision = 9, scale = 6)
    private BigDecimal originLongitude;

    /** How the distance was applied at issue, or why it could not be (then the whole lot was invited). */
    @Size(max = 300)
    @Column(name = "distance_note", length = 300)
    private String distanceNote;

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
    @Column(nullable = false, length = 30)
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

    @ElementCollection
    @CollectionTable(name = "requirement_criterion", joinColumns = @JoinColumn(name = "requirement_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    /** Care at home: the visits a week the provider is to make, in the week's order. */
    @ElementCollection
    @CollectionTable(name = "requirement_visit", joinColumns = @JoinColumn(name = "requirement_id"))
    @OrderColumn(name = "position")
    private List<Visit> schedule = new ArrayList<>();

    /** The lot's quality weighting (per cent) when the requirement was issued; price has the rest. */
    @Column(name = "quality_weight")
    private Integer qualityWeight;

    /** The lot's award approval threshold (a year) when the requirement was issued. */
    @Column(name = "approval_threshold", precision = 12, scale = 2)
    private BigDecimal approvalThreshold;

    /** The offer proposed for award, and then awarded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_invitation_id")
    private Invitation award;

    @Column(name = "award_annual_value", precision = 12, scale = 2)
    private BigDecimal awardAnnualValue;

    @Column(name = "award_needs_approval")
    private Boolean awardNeedsApproval;

    @Size(max = 60)
    @Column(name = "award_proposed_by", length = 60)
    private String awardProposedBy;

    @Column(name = "award_proposed_at")
    private Instant awardProposedAt;

    @Size(max = 2000)
    @Column(name = "award_reason", length = 2000)
    private String awardReason;

    @Size(max = 60)
    @Column(name = "award_approved_by", length = 60)
    private String awardApprovedBy;

    @Column(name = "award_approved_at")
    private Instant awardApprovedAt;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    /** When the winner's time to confirm the award ends; after it the award lapses. */
    @Column(name = "confirm_by")
    private Instant confirmBy;

    @Size(max = 60)
    @Column(name = "ended_by", length = 60)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Size(max = 2000)
    @Column(name = "end_reason", length = 2000)
    private String endReason;

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
        setCriteria(details.criteria());
        var visits = Visit.checked(details.schedule());
        if (!visits.isEmpty() && lot.getCareSetting() != CareSetting.CARE_AT_HOME) {
            throw new InvalidInput("schedule", "A weekly schedule of visits is for care at home; a care home "
                    + "placement has none");
        }
        schedule.clear();
        schedule.addAll(visits);
        this.maxDistanceKm = details.maxDistanceKm();
        if (maxDistanceKm != null && lot.getCareSetting() == CareSetting.CARE_AT_HOME) {
            throw new InvalidInput("maxDistanceKm", "A distance applies to care homes only: care at home is "
                    + "offered to the lot's providers");
        }
    }

    /** What every offer must answer, in order (see {@link Criterion#checked}). */
    private void setCriteria(List<CriterionDetails> given) {
        var result = Criterion.checked(given, MAX_CRITERIA);
        criteria.clear();
        criteria.addAll(result);
    }

    /**
     * Sends the requirement: the offer deadline must leave providers at least {@link #MIN_OFFER_TIME}
     * and at most {@link #MAX_OFFER_TIME}; care cannot start before today; the lot's market must be
     * open to call-offs today. With a distance, the postcode's point (or why it has none: the
     * requirement then goes to the whole lot) is kept with it.
     */
    public void issue(String username, Instant now, LocalDate today, PostcodePoint origin) {
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
        if (!dps.takesCallOffsOn(today)) {
            throw new WrongState("DPS " + dps.getReference() + " is not in its term today: no call-offs under it.");
        }
        if (maxDistanceKm == null) {
            this.distanceNote = null;
        } else if (origin != null && origin.found()) {
            this.originLatitude = origin.latitude();
            this.originLongitude = origin.longitude();
            this.distanceNote = "Within " + maxDistanceKm + " km of " + postcode;
        } else {
            this.distanceNote = "No distance filter: " + (origin == null ? "the postcode was not looked up" : origin.problem())
                    + ", so every eligible location in the lot was invited";
            if (distanceNote.length() > 300) {
                distanceNote = distanceNote.substring(0, 300);
            }
        }
        this.status = RequirementStatus.ISSUED;
        this.issuedBy = username;
        this.issuedAt = now;
        this.qualityWeight = lot.getQualityWeight();
        this.approvalThreshold = lot.getApprovalThreshold();
    }

    /**
     * The threshold above which an award needs a commissioning lead: the lot's at issue (a later change
     * to the lot cannot take an award out of approval), or the lot's now for a draft.
     */
    public BigDecimal effectiveApprovalThreshold() {
        return approvalThreshold != null ? approvalThreshold : lot.getApprovalThreshold();
    }

    /** The weighting offers are evaluated with: the lot's at issue, or the lot's now for a draft. */
    public int effectiveQualityWeight() {
        return qualityWeight != null ? qualityWeight : lot.getQualityWeight();
    }

    /**
     * An officer proposes the award to an offer ranked as the evaluation ranked it. Approval by a
     * commissioning lead is needed when the annual value is above the lot's threshold.
     */
    public void proposeAward(Invitation winner, String reason, BigDecimal annualValue, boolean needsApproval,
            String username, Instant now) {
        requireStatus(RequirementStatus.EVALUATION, "awarded");
        if (!java.util.Objects.equals(winner.getRequirement().getId(), id) || winner.getStatus() != InvitationStatus.OFFERED) {
            throw new WrongState("Only an offer made to " + reference + " and still standing can be awarded.");
        }
        this.award = winner;
        this.awardAnnualValue = annualValue;
        this.awardNeedsApproval = needsApproval;
        this.awardProposedBy = username;
        this.awardProposedAt = now;
        this.awardReason = reason;
        this.awardApprovedBy = null;
        this.awardApprovedAt = null;
        this.status = needsApproval ? RequirementStatus.AWAITING_APPROVAL : RequirementStatus.AWAITING_CONFIRMATION;
    }

    /** A commissioning lead approves the proposed award; never the officer who proposed it. */
    public void approveAward(String username, Instant now) {
        requireStatus(RequirementStatus.AWAITING_APPROVAL, "approved");
        if (username.equals(awardProposedBy)) {
            throw new RuleViolation("You proposed this award: another commissioning lead must approve it.");
        }
        this.awardApprovedBy = username;
        this.awardApprovedAt = now;
        this.status = RequirementStatus.AWAITING_CONFIRMATION;
    }

    /** A commissioning lead returns the proposal to the officers, who evaluate again. */
    public void returnAward(String username) {
        requireStatus(RequirementStatus.AWAITING_APPROVAL, "returned");
        if (username.equals(awardProposedBy)) {
            throw new RuleViolation("You proposed this award: another commissioning lead decides on it.");
        }
        clearAward();
    }

    /** The winner confirmed: the requirement is awarded. */
    void awardConfirmed(Instant now) {
        requireStatus(RequirementStatus.AWAITING_CONFIRMATION, "confirmed");
        this.status = RequirementStatus.AWARDED;
        this.awardedAt = now;
    }

    /** The award has reached the winner, who has until then to answer. */
    public void awaitAnswerUntil(Instant due) {
        requireStatus(RequirementStatus.AWAITING_CONFIRMATION, "sent to the winner");
        this.confirmBy = due;
    }

    /** Whether the winner's time to answer has ended. */
    public boolean confirmationLapsed(Instant now) {
        return confirmBy != null && !now.isBefore(confirmBy);
    }

    public Instant getConfirmBy() {
        return confirmBy;
    }

    /** The winner declined the award: back to evaluation, where officers choose again. */
    void awardDeclined() {
        requireStatus(RequirementStatus.AWAITING_CONFIRMATION, "declined");
        clearAward();
    }

    private void clearAward() {
        this.status = RequirementStatus.EVALUATION;
        this.award = null;
        this.awardAnnualValue = null;
        this.awardNeedsApproval = null;
        this.awardProposedBy = null;
        this.awardProposedAt = null;
        this.awardReason = null;
        this.awardApprovedBy = null;
        this.awardApprovedAt = null;
        this.confirmBy = null;
    }

    /**
     * Ends the competition without an award (no offers, none acceptable, or the winner withdrew), with
     * the reason: for example a re-issue with a wider area, or a spot purchase off the DPS.
     */
    public void endWithoutAward(String reason, String username, Instant now) {
        requireStatus(RequirementStatus.EVALUATION, "closed without an award");
        this.status = RequirementStatus.CLOSED;
        this.endReason = reason;
        this.endedBy = username;
        this.endedAt = now;
    }

    /** At the deadline: offers are unsealed and unanswered invitations end. */
    public void closeOffers(Instant now) {
        requireStatus(RequirementStatus.ISSUED, "closed for offers");
        this.status = RequirementStatus.EVALUATION;
        this.closedAt = now;
        invitations.forEach(i -> i.close(now));
    }

    public void cancel(String reason, String username, Instant now) {
        if (status == RequirementStatus.CANCELLED || status == RequirementStatus.AWARDED
                || status == RequirementStatus.CLOSED) {
            throw new WrongState("Requirement " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + ": it cannot be cancelled.");
        }
        if (award != null) {
            clearAward(); // an award proposed but not confirmed falls with the requirement
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

    /** Refuses to show offers while they are sealed, saying until when (or that they stay sealed). */
    public void requireUnsealed() {
        if (isSealed()) {
            throw new WrongState(cancelledAt != null
                    ? "Requirement " + reference + " was cancelled before its offers closed: they stay sealed."
                    : "Offers for " + reference + " are sealed until " + UkFormat.dateTime(offerDeadline)
                            + ", when they close.");
        }
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

    public List<Visit> getSchedule() {
        return schedule;
    }

    public Integer getMaxDistanceKm() {
        return maxDistanceKm;
    }

    /** The point invitations were measured from; null unless issued with a distance the postcode service resolved. */
    public BigDecimal getOriginLatitude() {
        return originLatitude;
    }

    public BigDecimal getOriginLongitude() {
        return originLongitude;
    }

    /** Whether invitations were limited by distance (the postcode was found at issue). */
    public boolean isDistanceApplied() {
        return originLatitude != null && originLongitude != null && maxDistanceKm != null;
    }

    public String getDistanceNote() {
        return distanceNote;
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

    public List<Criterion> getCriteria() {
        return criteria;
    }

    public Integer getQualityWeight() {
        return qualityWeight;
    }

    public Invitation getAward() {
        return award;
    }

    public BigDecimal getAwardAnnualValue() {
        return awardAnnualValue;
    }

    public boolean isAwardNeedsApproval() {
        return Boolean.TRUE.equals(awardNeedsApproval);
    }

    public String getAwardProposedBy() {
        return awardProposedBy;
    }

    public Instant getAwardProposedAt() {
        return awardProposedAt;
    }

    public String getAwardReason() {
        return awardReason;
    }

    public String getAwardApprovedBy() {
        return awardApprovedBy;
    }

    public Instant getAwardApprovedAt() {
        return awardApprovedAt;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }
}
