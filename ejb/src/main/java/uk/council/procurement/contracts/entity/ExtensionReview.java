package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.ExtensionApproval;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;

/**
 * The review of a market's provider agreements before their notice deadline: one item per provider,
 * recommended by officers, decided under the scheme of delegation, then notices and deeds follow.
 */
@Entity
@Table(name = "extension_review")
@NamedQuery(name = ExtensionReview.BY_REFERENCE, query = "select r from ExtensionReview r join fetch r.dps "
        + "where r.reference = :reference")
public class ExtensionReview {

    public static final String BY_REFERENCE = "ExtensionReview.byReference";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_review_seq")
    @SequenceGenerator(name = "extension_review_seq", sequenceName = "extension_review_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dps_id", nullable = false)
    private Dps dps;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.RECOMMENDING;

    /** The earliest notice deadline among its agreements, as the review started. */
    @Column(name = "notice_deadline", nullable = false)
    private LocalDate noticeDeadline;

    /** The fee uplift the cost projections use, in percent (8.24 for Bury's 2024/25). */
    @Column(name = "uplift_percent", precision = 5, scale = 2)
    private BigDecimal upliftPercent;

    @Size(max = 60)
    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("providerName")
    private List<ReviewItem> items = new ArrayList<>();

    protected ExtensionReview() {
    }

    public ExtensionReview(Dps dps, LocalDate noticeDeadline, String by, Instant at) {
        this.dps = Objects.requireNonNull(dps);
        this.noticeDeadline = Objects.requireNonNull(noticeDeadline);
        this.startedBy = Objects.requireNonNull(by);
        this.startedAt = Objects.requireNonNull(at);
        this.reference = "NEW";
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Review not persisted yet");
        }
        this.reference = String.format(Locale.UK, "REV-%d-%05d", year, id);
    }

    /**
     * Segregation of duties: a user who recommended for any provider of the review does not take, or
     * finish, its decisions ("take its decisions", "finish its decisions").
     */
    public void requireNotRecommendedBy(String username, String what) {
        if (items.stream().anyMatch(i -> username.equals(i.getRecommendedBy()))) {
            throw new uk.council.procurement.platform.RuleViolation("You made recommendations in review " + reference
                    + "; another lead must " + what + " (segregation of duties).");
        }
    }

    public ReviewItem add(Contract agreement, String lotCodes, ExtensionApproval approval) {
        if (agreement.getKind() != ContractKind.AGREEMENT || !agreement.getDps().equals(dps)) {
            throw new IllegalArgumentException("Only the market's provider agreements are reviewed");
        }
        var item = new ReviewItem(this, agreement, lotCodes, approval);
        items.add(item);
        return item;
    }

    /** The uplift is set while officers recommend; once sent for decision the costs the leads see stay. */
    public void setUplift(BigDecimal percent) {
        requireStatus(ReviewStatus.RECOMMENDING, "change the fee uplift");
        if (percent != null && (percent.compareTo(ExtensionCost.MIN_UPLIFT) < 0
                || percent.compareTo(ExtensionCost.MAX_UPLIFT) > 0 || percent.stripTrailingZeros().scale() > 2)) {
            throw new uk.council.procurement.platform.InvalidInput("upliftPercent",
                    "must be a percentage from -50 to 100 with at most 2 decimal places");
        }
        this.upliftPercent = percent;
    }

    /** The officers send every recommendation to the leads. */
    public void submitRecommendations() {
        requireStatus(ReviewStatus.RECOMMENDING, "send recommendations");
        var missing = items.stream().filter(i -> i.getRecommendation() == null || i.getDecision() == ReviewDecision.RETURNED)
                .map(ReviewItem::getProviderName).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("Recommend for every provider first: " + String.join(", ", missing) + ".");
        }
        status = ReviewStatus.APPROVING;
    }

    /** The leads finish: returns whether anything went back to the officers. */
    public boolean finishDecisions(Instant at) {
        requireStatus(ReviewStatus.APPROVING, "finish the decisions");
        var open = items.stream().filter(i -> i.getDecision() == null).map(ReviewItem::getProviderName).toList();
        if (!open.isEmpty()) {
            throw new RuleViolation("Decide for every provider first: " + String.join(", ", open) + ".");
        }
        boolean returned = items.stream().anyMatch(i -> i.getDecision() == ReviewDecision.RETURNED);
        if (returned) {
            status = ReviewStatus.RECOMMENDING;
        } else {
            status = ReviewStatus.DECIDED;
            decidedAt = Objects.requireNonNull(at);
        }
        return returned;
    }

    void requireStatus(ReviewStatus expected, String what) {
        if (status != expected) {
            throw new WrongState("Review " + reference + " is at \"" + status.label() + "\": you cannot " + what
                    + " now.");
        }
    }

    public Optional<ReviewItem> item(Long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId().equals(itemId)).findFirst();
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

    public Dps getDps() {
        return dps;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public LocalDate getNoticeDeadline() {
        return noticeDeadline;
    }

    public BigDecimal getUpliftPercent() {
        return upliftPercent;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<ReviewItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
