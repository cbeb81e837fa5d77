package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;
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

    /** How far the location is from the requirement's postcode, in km; null when not measured. */
    @Column(name = "distance_km", precision = 6, scale = 1)
    private java.math.BigDecimal distanceKm;

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

    /** Answers to the requirement's criteria, in the same order; sealed like the price. */
    @ElementCollection
    @CollectionTable(name = "offer_answer", joinColumns = @JoinColumn(name = "invitation_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    /** Who confirmed or declined the award, when, and why (a decline). */
    @Size(max = 60)
    @Column(name = "award_answered_by", length = 60)
    private String awardAnsweredBy;

    @Column(name = "award_answered_at")
    private Instant awardAnsweredAt;

    @Size(max = 2000)
    @Column(name = "award_decline_reason", length = 2000)
    private String awardDeclineReason;

    /** The offer's rank in the evaluation when the requirement was awarded (1 won), for the provider's outcome. */
    @Column(name = "final_rank")
    private Integer finalRank;

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

    /** Records how far the location is from the requirement's postcode (km, one decimal place). */
    public Invitation measuredAt(java.math.BigDecimal km) {
        this.distanceKm = km;
        return this;
    }

    public java.math.BigDecimal getDistanceKm() {
        return distanceKm;
    }

    /**
     * Makes or changes the offer. The price is weekly, in pounds and pence, above nothing and at most
     * {@code 99,999.99}; care can start no earlier than the requirement asks.
     */
    public void offer(BigDecimal weeklyPrice, LocalDate earliestStart, String note, List<AnswerDetails> given,
            String username, Instant now) {
        requireOpen(now);
        var checked = checkAnswers(given);
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
        this.answers.clear();
        this.answers.addAll(checked);
        this.status = InvitationStatus.OFFERED;
        this.answeredAt = now;
        this.answeredBy = username;
    }

    /**
     * One answer per criterion of the requirement, in its order, each of the kind the criterion asks:
     * yes or no to a must-have (a "no" is taken, and excludes the offer at evaluation), a level for a
     * capability, text of at most {@value Answer#MAX_TEXT} characters for a question.
     */
    private List<Answer> checkAnswers(List<AnswerDetails> given) {
        var criteria = requirement.getCriteria();
        var list = given == null ? List.<AnswerDetails>of() : given;
        if (list.size() != criteria.size()) {
            throw new InvalidInput("answers", criteria.size() == 1 ? "Answer the requirement's criterion"
                    : "Answer each of the requirement's " + criteria.size() + " criteria (" + list.size() + " given)");
        }
        var result = new ArrayList<Answer>();
        for (int i = 0; i < criteria.size(); i++) {
            var criterion = criteria.get(i);
            var answer = list.get(i);
            String field = "answers[" + i + "]";
            switch (criterion.getKind()) {
                case MUST_HAVE -> {
                    if (answer == null || answer.meets() == null) {
                        throw new InvalidInput(field + ".meets", "Answer yes or no: " + criterion.getText());
                    }
                    result.add(Answer.meets(answer.meets()));
                }
                case CAPABILITY -> {
                    if (answer == null || answer.capability() == null) {
                        throw new InvalidInput(field + ".capability", "Say fully, partly or not at all: " + criterion.getText());
                    }
                    result.add(Answer.capability(answer.capability()));
                }
                case QUESTION -> {
                    String text = answer == null || answer.text() == null ? "" : answer.text().strip();
                    if (text.isEmpty()) {
                        throw new InvalidInput(field + ".text", "Answer the question: " + criterion.getText());
                    }
                    if (text.length() > Answer.MAX_TEXT) {
                        throw new InvalidInput(field + ".text", "must be at most " + Answer.MAX_TEXT
                                + " characters (this is " + text.length() + ")");
                    }
                    result.add(Answer.text(text));
                }
            }
        }
        return result;
    }

    /** An officer marks the answer to an outcome question, 0 to 5, once offers are unsealed. */
    public void mark(int position, int mark, String username, Instant now) {
        if (requirement.getStatus() != RequirementStatus.EVALUATION) {
            throw new WrongState("Requirement " + requirement.getReference() + " is "
                    + requirement.getStatus().label().toLowerCase(Locale.UK) + ": answers are marked during evaluation only.");
        }
        if (status != InvitationStatus.OFFERED) {
            throw new WrongState("There is no standing offer from " + locationName + " to mark.");
        }
        var criteria = requirement.getCriteria();
        if (position < 0 || position >= criteria.size() || criteria.get(position).getKind() != CriterionKind.QUESTION) {
            throw new InvalidInput("position", "must be the position of an outcome question of the requirement");
        }
        if (mark < 0 || mark > Answer.MAX_MARK) {
            throw new InvalidInput("mark", "must be a whole number from 0 to " + Answer.MAX_MARK);
        }
        answers.get(position).mark(mark, username, now);
    }

    /** The winner confirms the award: the requirement is awarded with it. */
    public void confirmAward(String username, Instant now) {
        requireAwardedToThis();
        requireInTime(now);
        requirement.awardConfirmed(now);
        this.status = InvitationStatus.AWARDED;
        this.awardAnsweredBy = username;
        this.awardAnsweredAt = now;
    }

    /** The winner declines the award, with a reason; officers choose again. */
    public void declineAward(String reason, String username, Instant now) {
        requireAwardedToThis();
        requireInTime(now);
        requirement.awardDeclined();
        this.status = InvitationStatus.AWARD_DECLINED;
        this.awardAnsweredBy = username;
        this.awardAnsweredAt = now;
        this.awardDeclineReason = reason;
    }

    /**
     * The winner did not answer by the time to confirm: the award lapses as if declined, and the
     * officers choose again. Nothing happens if it was answered just before (the caller checks first).
     */
    public void lapseAward(Instant now) {
        requireAwardedToThis();
        String due = UkFormat.dateTime(requirement.getConfirmBy());
        requirement.awardDeclined();
        this.status = InvitationStatus.AWARD_DECLINED;
        this.awardAnsweredBy = "system";
        this.awardAnsweredAt = now;
        this.awardDeclineReason = "No answer by " + due;
    }

    private void requireInTime(Instant now) {
        if (requirement.confirmationLapsed(now)) {
            throw new WrongState("The time to answer the award of " + requirement.getReference() + " ended at "
                    + UkFormat.dateTime(requirement.getConfirmBy()) + ".");
        }
    }

    /** Whether this offer is the one proposed for award and awaiting its provider's answer. */
    public boolean awaitsAwardAnswer() {
        return requirement.getStatus() == RequirementStatus.AWAITING_CONFIRMATION && requirement.getAward() != null
                && java.util.Objects.equals(requirement.getAward().getId(), id);
    }

    private void requireAwardedToThis() {
        if (!awaitsAwardAnswer()) {
            throw new WrongState("Requirement " + requirement.getReference() + " has no award awaiting your answer.");
        }
    }

    /** Declines, or withdraws an offer made, with a reason; possible until the deadline. */
    public void decline(String reason, String username, Instant now) {
        requireOpen(now);
        this.weeklyPrice = null;
        this.earliestStart = null;
        this.offerNote = null;
        this.answers.clear();
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

    public List<Answer> getAnswers() {
        return answers;
    }

    public String getAwardAnsweredBy() {
        return awardAnsweredBy;
    }

    public Instant getAwardAnsweredAt() {
        return awardAnsweredAt;
    }

    public String getAwardDeclineReason() {
        return awardDeclineReason;
    }

    public Integer getFinalRank() {
        return finalRank;
    }

    /** Keeps the offer's rank when the competition is decided, so that its provider can be told it. */
    public void recordFinalRank(Integer rank) {
        this.finalRank = rank;
    }
}
