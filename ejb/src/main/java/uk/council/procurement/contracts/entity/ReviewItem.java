package uk.council.procurement.contracts.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.ExtensionApproval;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;

/**
 * One provider's agreement in an extension review: the officers' recommendation (extend for N months
 * within the terms, or let expire) with reasons, and the decision of whoever the scheme of delegation
 * names: a lead, or cabinet (recorded by a lead with its date and minute). Nobody decides their own
 * recommendation.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {

    public static final int MAX_REASONS = 2000;
    public static final int MAX_NOTES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_item_seq")
    @SequenceGenerator(name = "review_item_seq", sequenceName = "review_item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private ExtensionReview review;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Size(max = 200)
    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    /** The lots the provider holds under the market, as the review started ("1-BE, 2"). */
    @Size(max = 200)
    @Column(name = "lot_codes", nullable = false, length = 200)
    private String lotCodes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExtensionApproval approval;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Recommendation recommendation;

    @Column
    private Integer months;

    @Size(max = MAX_REASONS)
    @Column(length = MAX_REASONS)
    private String reasons;

    @Size(max = 60)
    @Column(name = "recommended_by", length = 60)
    private String recommendedBy;

    @Column(name = "recommended_at")
    private Instant recommendedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewDecision decision;

    @Size(max = MAX_REASONS)
    @Column(name = "decision_reason", length = MAX_REASONS)
    private String decisionReason;

    @Size(max = 60)
    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @PlausibleDate
    @Column(name = "cabinet_date")
    private LocalDate cabinetDate;

    @Size(max = 60)
    @Column(name = "cabinet_minute", length = 60)
    private String cabinetMinute;

    @Size(max = MAX_NOTES)
    @Column(length = MAX_NOTES)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ReviewOutcome outcome;

    @jakarta.persistence.OneToMany(mappedBy = "item", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @jakarta.persistence.OrderBy("uploadedAt")
    private java.util.List<ReviewDocument> documents = new java.util.ArrayList<>();

    /** The day the provider was given notice of the decision (of the extension, or that it ends). */
    @Column(name = "notice_given_on")
    private LocalDate noticeGivenOn;

    protected ReviewItem() {
    }

    ReviewItem(ExtensionReview review, Contract contract, String lotCodes, ExtensionApproval approval) {
        this.review = Objects.requireNonNull(review);
        this.contract = Objects.requireNonNull(contract);
        this.providerName = contract.getProvider().getName();
        this.lotCodes = lotCodes == null || lotCodes.isBlank() ? "-" : lotCodes;
        this.approval = Objects.requireNonNull(approval);
    }

    /**
     * The officers' recommendation; an extension must be allowed by the contract's terms with notice
     * given today. A returned recommendation may be made again; an approved one no longer.
     */
    public void recommend(Recommendation what, Integer months, String why, LocalDate today, String by, Instant at) {
        review.requireStatus(ReviewStatus.RECOMMENDING, "recommend");
        if (decision == ReviewDecision.APPROVED) {
            throw new WrongState(providerName + "'s recommendation was approved by " + decidedBy
                    + "; it can no longer change.");
        }
        if (what == null) {
            throw new InvalidInput("recommendation", "Choose extend or let expire");
        }
        String reasonsGiven = text("reasons", why, MAX_REASONS, "Give the reasons (they go to the decision maker)");
        if (what == Recommendation.EXTEND) {
            if (months == null) {
                throw new InvalidInput("months", "Say for how many months");
            }
            contract.checkExtension(months, today);
        } else if (months != null) {
            throw new InvalidInput("months", "Only an extension has months");
        }
        this.recommendation = what;
        this.months = what == Recommendation.EXTEND ? months : null;
        this.reasons = reasonsGiven;
        this.recommendedBy = Objects.requireNonNull(by);
        this.recommendedAt = Objects.requireNonNull(at);
        this.decision = null;
        this.decisionReason = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.cabinetDate = null;
        this.cabinetMinute = null;
    }

    /**
     * A lead approves or returns the recommendation. Cabinet's lots need its decision's date (not in the
     * future) and minute reference; an extension is checked against the terms again; a return needs a reason.
     */
    public void decide(boolean approve, String why, LocalDate cabinetOn, String minute, LocalDate today, String by,
            Instant at) {
        review.requireStatus(ReviewStatus.APPROVING, "decide");
        if (recommendation == null) {
            throw new WrongState(providerName + " has no recommendation to decide.");
        }
        if (decision != null) {
            throw new WrongState(providerName + "'s recommendation was already " + decision.label().toLowerCase()
                    + " by " + decidedBy + ".");
        }
        if (by.equals(recommendedBy)) {
            throw new RuleViolation("You recommended this for " + providerName
                    + "; another lead must decide it (segregation of duties).");
        }
        String reason = approve ? optional(why) : text("reason", why, MAX_REASONS, "Say why it goes back to the officers");
        if (minute != null && minute.strip().length() > 60) {
            throw new InvalidInput("cabinetMinute", "must be at most 60 characters");
        }
        if (approval == ExtensionApproval.LEAD && (cabinetOn != null || (minute != null && !minute.isBlank()))) {
            throw new InvalidInput(cabinetOn != null ? "cabinetDate" : "cabinetMinute", "Lots " + lotCodes
                    + " are decided by a commissioning lead: leave cabinet's decision out");
        }
        if (approve && approval == ExtensionApproval.CABINET) {
            if (cabinetOn == null) {
                throw new InvalidInput("cabinetDate", "Give the date of cabinet's decision (lots " + lotCodes
                        + " are decided by cabinet)");
            }
            if (cabinetOn.isAfter(today)) {
                throw new InvalidInput("cabinetDate", "Cabinet's decision cannot be in the future ("
                        + UkFormat.date(cabinetOn) + ")");
            }
            this.cabinetMinute = text("cabinetMinute", minute, 60, "Give the minute reference of cabinet's decision");
            this.cabinetDate = cabinetOn;
        }
        if (approve && recommendation == Recommendation.EXTEND) {
            contract.checkExtension(months, today);
        }
        this.decision = approve ? ReviewDecision.APPROVED : ReviewDecision.RETURNED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = Objects.requireNonNull(at);
    }

    public void note(String text) {
        if (review.getStatus() == ReviewStatus.DECIDED) {
            throw new WrongState("Review " + review.getReference() + " is decided; its notes are closed.");
        }
        if (text != null && text.strip().length() > MAX_NOTES) {
            throw new InvalidInput("notes", "must be at most " + MAX_NOTES + " characters");
        }
        this.notes = text == null || text.isBlank() ? null : text.strip();
    }

    /** A document for the provider's evidence, while the review is open (at most {@value ReviewDocument#MAX_PER_ITEM}). */
    public ReviewDocument attach(String fileName, String contentType, byte[] content, String by, Instant at) {
        if (review.getStatus() == ReviewStatus.DECIDED) {
            throw new WrongState("Review " + review.getReference() + " is decided; its evidence is closed.");
        }
        if (documents.size() >= ReviewDocument.MAX_PER_ITEM) {
            throw new RuleViolation(providerName + " has " + ReviewDocument.MAX_PER_ITEM
                    + " documents in this review already; remove one first.");
        }
        var document = new ReviewDocument(this, fileName, contentType, content, by, at);
        documents.add(document);
        return document;
    }

    /** Removes a document while the review is open. */
    public ReviewDocument detach(Long documentId) {
        if (review.getStatus() == ReviewStatus.DECIDED) {
            throw new WrongState("Review " + review.getReference() + " is decided; its evidence is closed.");
        }
        var document = documents.stream().filter(d -> d.getId().equals(documentId)).findFirst()
                .orElseThrow(() -> new uk.council.procurement.platform.RecordNotFound("Document", documentId));
        documents.remove(document);
        return document;
    }

    public java.util.List<ReviewDocument> getDocuments() {
        return java.util.Collections.unmodifiableList(documents);
    }

    /** What followed the approved decision (given once), the notice given that day; the contract is decided. */
    public void conclude(ReviewOutcome what, LocalDate noticeOn) {
        if (decision != ReviewDecision.APPROVED) {
            throw new IllegalStateException("Only an approved decision has an outcome");
        }
        this.outcome = what;
        this.noticeGivenOn = Objects.requireNonNull(noticeOn);
        contract.recordDecision();
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    private static String text(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, missing);
        }
        if (value.strip().length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }

    private static String optional(String value) {
        if (value != null && value.strip().length() > MAX_REASONS) {
            throw new InvalidInput("reason", "must be at most " + MAX_REASONS + " characters");
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ExtensionReview getReview() {
        return review;
    }

    public Contract getContract() {
        return contract;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getLotCodes() {
        return lotCodes;
    }

    public ExtensionApproval getApproval() {
        return approval;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public Integer getMonths() {
        return months;
    }

    public String getReasons() {
        return reasons;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public Instant getRecommendedAt() {
        return recommendedAt;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public LocalDate getCabinetDate() {
        return cabinetDate;
    }

    public String getCabinetMinute() {
        return cabinetMinute;
    }

    public String getNotes() {
        return notes;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }
}
