package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.control.ContractRegister;
import uk.council.procurement.contracts.control.EvidencePack;
import uk.council.procurement.contracts.control.ReviewStarter;
import uk.council.procurement.contracts.control.ReviewTasks;
import uk.council.procurement.contracts.control.ReviewWorkflow;
import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.ExtensionCost;
import uk.council.procurement.contracts.entity.ExtensionReview;
import uk.council.procurement.contracts.entity.Recommendation;
import uk.council.procurement.contracts.entity.ReviewItem;
import uk.council.procurement.contracts.entity.ReviewStatus;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.PagedQuery;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.workflows.ExtensionReviewProcess;

/**
 * Extension reviews for council staff: officers start one, read each provider's evidence, recommend
 * (several providers at once where the same applies, as Bury's Lot 1) and send the recommendations on;
 * leads decide each under the scheme of delegation, never their own, and finish. Every step is in the
 * review's history and the contract's.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class ExtensionReviews {

    private static final String WHAT = "Review";
    private static final String ITEM = "Review item";

    /** When reviews start: the lead time before the earliest notice deadline, and the daily check's next run. */
    public record Schedule(int leadMonths, java.time.Instant nextCheckAt) {
    }

    /** An item of the review and the version of it the caller read. */
    public record ItemVersion(Long id, Long version) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @EJB
    Kpis kpis;

    @Inject
    ReviewStarter starter;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    uk.council.procurement.platform.workflow.Workflows workflows;

    @Inject
    EvidencePack evidencePack;

    @Inject
    uk.council.procurement.contracts.control.CouncilSeal seal;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    public Page<ReviewSummary> list(String status, int first, int max) {
        var paged = new PagedQuery();
        if (status != null && !status.isBlank()) {
            try {
                paged.where("r.status = :status", "status", ReviewStatus.valueOf(status.strip().toUpperCase(Locale.UK)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("status", "must be one of recommending, approving, decided");
            }
        }
        return paged.page(em, ExtensionReview.class, "select r from ExtensionReview r join fetch r.dps d",
                "select count(r) from ExtensionReview r", "r.startedAt desc, r.id desc", first, max, r -> {
                    var items = r.getItems();
                    return new ReviewSummary(r.getReference(), r.getDps().getReference(), r.getDps().getTitle(),
                            r.getStatus().name(), r.getStatus().label(), r.getNoticeDeadline(), items.size(),
                            items.stream().filter(i -> i.getRecommendation() != null).count(),
                            items.stream().filter(i -> i.getDecision() != null).count(), r.getStartedBy(),
                            r.getStartedAt());
                });
    }

    public Schedule schedule() {
        return new Schedule(starter.leadMonths(), workflows.nextStartTimer(ExtensionReviewProcess.PROCESS_ID,
                ExtensionReviewProcess.DAILY_CHECK).orElse(null));
    }

    public ReviewView find(String reference) {
        return view(load(reference, false));
    }

    public EvidenceView evidence(String reference, Long itemId) {
        var item = item(load(reference, false), itemId);
        return evidencePack.of(item.getContract(), kpis.list(item.getContract().getReference()));
    }

    /** The evidence pack of every provider of the review, as a PDF for the cabinet report. */
    public uk.council.procurement.onboarding.boundary.StoredDocument evidencePack(String reference) {
        var review = load(reference, false);
        var evidence = new java.util.HashMap<Long, EvidenceView>();
        for (var item : review.getItems()) {
            evidence.put(item.getId(), evidencePack.of(item.getContract(), kpis.list(item.getContract().getReference())));
        }
        byte[] pdf = uk.council.procurement.contracts.control.EvidencePackPdf.render(view(review), evidence,
                seal.councilName(), clock.instant());
        return new uk.council.procurement.onboarding.boundary.StoredDocument(review.getReference() + "-evidence.pdf",
                "application/pdf", pdf);
    }

    public List<HistoryEntry> history(String reference) {
        return audit.historyOf(ReviewTasks.SUBJECT, load(reference, false).getReference());
    }

    /** Starts the review of a market now (the daily check does it when it falls due). */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ReviewView start(String dpsReference) {
        var dps = References.find(em, Dps.class, Dps.BY_REFERENCE, References.required("dps", dpsReference))
                .orElseThrow(() -> new RecordNotFound("DPS", dpsReference));
        return view(starter.start(dps, currentUser.username()));
    }

    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ReviewView setUplift(String reference, long version, BigDecimal upliftPercent) {
        var review = load(reference, true);
        Versions.expect(review.getVersion(), version, WHAT, review.getReference());
        review.setUplift(upliftPercent);
        Versions.flush(em, WHAT, review.getReference());
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "UPLIFT_SET").as(Roles.PROCUREMENT_OFFICER)
                .details(upliftPercent == null ? "No fee uplift" : "Fee uplift " + upliftPercent.toPlainString() + "%")
                .record();
        return view(review);
    }

    /** The same recommendation for one provider or several (each at the version the caller read). */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ReviewView recommend(String reference, List<ItemVersion> items, Recommendation recommendation, Integer months,
            String reasons) {
        var review = load(reference, true);
        if (items == null || items.isEmpty()) {
            throw new InvalidInput("items", "Choose at least one provider");
        }
        if (items.size() > review.getItems().size()) {
            throw new InvalidInput("items", "The review has " + review.getItems().size() + " providers");
        }
        LocalDate today = LocalDate.now(clock);
        var seen = new java.util.HashSet<Long>();
        for (var chosen : items) {
            if (chosen == null || chosen.id() == null || chosen.version() == null) {
                throw new InvalidInput("items", "Give each provider's id and the version you read");
            }
            if (!seen.add(chosen.id())) {
                throw new InvalidInput("items", "Give each provider once");
            }
        }
        for (var chosen : items) {
            var item = item(review, chosen.id());
            Versions.expect(item.getVersion(), chosen.version(), ITEM, item.getProviderName());
            item.recommend(recommendation, months, reasons, today, currentUser.username(), clock.instant());
            String what = recommendation == Recommendation.EXTEND ? "Extend by " + months + " months" : "Let expire";
            decisions.of(ReviewTasks.SUBJECT, review.getReference(), "RECOMMENDED").as(Roles.PROCUREMENT_OFFICER)
                    .because(item.getReasons()).details(item.getProviderName() + ": " + what).record();
            decisions.of(ContractRegister.SUBJECT, item.getContract().getReference(), "RECOMMENDED")
                    .as(Roles.PROCUREMENT_OFFICER).because(item.getReasons())
                    .details(what + " (review " + review.getReference() + ")").record();
        }
        Versions.flush(em, ITEM, review.getReference());
        return view(review);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public ReviewView note(String reference, Long itemId, long version, String notes) {
        var review = load(reference, true);
        var item = item(review, itemId);
        Versions.expect(item.getVersion(), version, ITEM, item.getProviderName());
        item.note(notes);
        Versions.flush(em, ITEM, item.getProviderName());
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "NOTES").details(item.getProviderName()
                + (item.getNotes() == null ? ": notes removed" : ": " + item.getNotes())).record();
        return view(review);
    }

    /** A document for a provider's evidence (a visit report, an action plan), while the review is open. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public ReviewView attachDocument(String reference, Long itemId, String fileName, String contentType, byte[] content) {
        var review = load(reference, true);
        var item = item(review, itemId);
        var document = item.attach(fileName, contentType, content, currentUser.username(), clock.instant());
        em.flush();
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "DOCUMENT_ADDED").details(item.getProviderName() + ": "
                + document.getFileName() + " (" + document.getSize() + " bytes)").record();
        return view(review);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public ReviewView removeDocument(String reference, Long itemId, Long documentId) {
        var review = load(reference, true);
        var item = item(review, itemId);
        var document = item.detach(documentId);
        em.flush();
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "DOCUMENT_REMOVED").details(item.getProviderName()
                + ": " + document.getFileName()).record();
        return view(review);
    }

    /** A document of the review, for download (council staff). */
    public uk.council.procurement.onboarding.boundary.StoredDocument document(String reference, Long documentId) {
        var review = load(reference, false);
        return review.getItems().stream().flatMap(i -> i.getDocuments().stream()).filter(d -> d.getId().equals(documentId))
                .findFirst().map(d -> new uk.council.procurement.onboarding.boundary.StoredDocument(d.getFileName(),
                        d.getContentType(), d.getContent()))
                .orElseThrow(() -> new RecordNotFound("Document", documentId));
    }

    /** The officers send every recommendation to the leads. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ReviewView submit(String reference, long version) {
        var review = load(reference, true);
        Versions.expect(review.getVersion(), version, WHAT, review.getReference());
        review.submitRecommendations();
        Versions.flush(em, WHAT, review.getReference());
        workflow.complete(review, ExtensionReviewProcess.RECOMMEND, currentUser.username(), Map.of());
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "SUBMITTED").as(Roles.PROCUREMENT_OFFICER)
                .details(review.getItems().size() + " recommendations sent for decision")
                .tellRole(Roles.COMMISSIONING_LEAD, review.getReference(), "Review " + review.getReference() + " of "
                        + review.getDps().getReference() + ": recommendations ready for decision").record();
        return view(review);
    }

    /** A lead approves or returns one recommendation; cabinet's lots need its date and minute. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public ReviewView decide(String reference, Long itemId, long version, boolean approve, String reason,
            LocalDate cabinetDate, String cabinetMinute) {
        var review = load(reference, true);
        var item = item(review, itemId);
        Versions.expect(item.getVersion(), version, ITEM, item.getProviderName());
        if (cabinetDate != null && (cabinetDate.isBefore(PlausibleDate.EARLIEST) || cabinetDate.isAfter(PlausibleDate.LATEST))) {
            throw new InvalidInput("cabinetDate", "is not a plausible date");
        }
        item.decide(approve, reason, cabinetDate, cabinetMinute, LocalDate.now(clock), currentUser.username(),
                clock.instant());
        Versions.flush(em, ITEM, item.getProviderName());
        String what = item.getRecommendation() == Recommendation.EXTEND ? "extend by " + item.getMonths() + " months"
                : "let expire";
        String by = item.getCabinetDate() == null ? "" : " (cabinet " + UkFormat.date(item.getCabinetDate()) + ", minute "
                + item.getCabinetMinute() + ")";
        String action = approve ? "APPROVED" : "RETURNED";
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), action).as(Roles.COMMISSIONING_LEAD)
                .because(item.getDecisionReason()).details(item.getProviderName() + ": " + what + by).record();
        decisions.of(ContractRegister.SUBJECT, item.getContract().getReference(), "DECISION_" + action)
                .as(Roles.COMMISSIONING_LEAD).because(item.getDecisionReason())
                .details(what + by + " (review " + review.getReference() + ")").record();
        return view(review);
    }

    /** The leads finish: returned recommendations go back to the officers, otherwise notices and deeds follow. */
    @RolesAllowed(Roles.COMMISSIONING_LEAD)
    public ReviewView finish(String reference, long version) {
        var review = load(reference, true);
        Versions.expect(review.getVersion(), version, WHAT, review.getReference());
        String me = currentUser.username();
        review.requireNotRecommendedBy(me, "finish its decisions");
        // an approved extension must still be possible today: notice of it is given as the decisions finish
        LocalDate today = LocalDate.now(clock);
        for (var item : review.getItems()) {
            if (item.getDecision() == uk.council.procurement.contracts.entity.ReviewDecision.APPROVED
                    && item.getRecommendation() == Recommendation.EXTEND) {
                item.getContract().checkExtension(item.getMonths(), today);
            }
        }
        boolean returned = review.finishDecisions(clock.instant());
        Versions.flush(em, WHAT, review.getReference());
        workflow.finishApproval(review, me, returned);
        var record = decisions.of(ReviewTasks.SUBJECT, review.getReference(), returned ? "RETURNED_TO_OFFICERS" : "DECIDED")
                .as(Roles.COMMISSIONING_LEAD).details(returned ? "Some recommendations returned to the officers"
                        : "Every provider decided: notices and extensions follow");
        if (returned) {
            record.tellRole(Roles.PROCUREMENT_OFFICER, review.getReference(), "Review " + review.getReference()
                    + ": recommendations returned by the leads");
        }
        record.record();
        return view(review);
    }

    private ExtensionReview load(String reference, boolean forChange) {
        String ref = References.required("reference", reference);
        var review = References.find(em, ExtensionReview.class, ExtensionReview.BY_REFERENCE, ref)
                .orElseThrow(() -> new RecordNotFound(WHAT, ref));
        if (forChange) {
            // one change to a review at a time: items, status and the process move together
            em.lock(review, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(review);
        }
        return review;
    }

    private static ReviewItem item(ExtensionReview review, Long itemId) {
        return review.item(itemId).orElseThrow(() -> new RecordNotFound(ITEM, itemId));
    }

    private ReviewView view(ExtensionReview r) {
        LocalDate today = LocalDate.now(clock);
        var items = r.getItems().stream().map(i -> item(r, i, today)).toList();
        var total = items.stream().map(ReviewView.Item::costRounded).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        return new ReviewView(r.getReference(), r.getVersion(), r.getDps().getReference(), r.getDps().getTitle(),
                r.getStatus().name(), r.getStatus().label(), r.getNoticeDeadline(), r.getUpliftPercent(),
                r.getStartedBy(), r.getStartedAt(), r.getDecidedAt(), items, total,
                r.getItems().stream().filter(i -> i.getRecommendation() != null).count(),
                r.getItems().stream().filter(i -> i.getDecision() != null).count());
    }

    private ReviewView.Item item(ExtensionReview r, ReviewItem i, LocalDate today) {
        Contract c = i.getContract();
        var evidence = evidencePack.of(c, kpis.list(c.getReference()));
        String ratings = evidence.locations().isEmpty() ? "No CQC location"
                : String.join(", ", evidence.locations().stream().map(EvidenceView.Location::rating).distinct().toList());
        boolean extend = i.getRecommendation() == Recommendation.EXTEND;
        BigDecimal cost = null;
        BigDecimal rounded = null;
        if (extend && c.getAnnualSpend() != null) {
            var projected = ExtensionCost.of(c.getAnnualSpend(),
                    r.getUpliftPercent() == null ? BigDecimal.ZERO : r.getUpliftPercent(), i.getMonths());
            cost = projected.exact();
            rounded = projected.rounded();
        }
        return new ReviewView.Item(i.getId(), i.getVersion(), c.getReference(), c.getProvider().getId(),
                i.getProviderName(), i.getLotCodes(), i.getApproval().name(), i.getApproval().label(),
                c.getCurrentExpiry(), c.noticeDeadline(), c.canStillBeExtended(), c.longestNextExtensionMonths(),
                c.getAnnualSpend(), ratings, evidence.quartersOffTarget(), evidence.concerns(),
                i.getRecommendation() == null ? null : i.getRecommendation().name(),
                i.getRecommendation() == null ? null : i.getRecommendation().label(), i.getMonths(),
                extend ? Contract.extendedBy(c.getCurrentExpiry(), i.getMonths()) : null, cost, rounded, i.getReasons(),
                i.getRecommendedBy(), i.getRecommendedAt(), i.getDecision() == null ? null : i.getDecision().name(),
                i.getDecision() == null ? null : i.getDecision().label(), i.getDecisionReason(), i.getDecidedBy(),
                i.getDecidedAt(), i.getCabinetDate(), i.getCabinetMinute(), i.getNotes(),
                i.getOutcome() == null ? null : i.getOutcome().name(),
                i.getOutcome() == null ? null : i.getOutcome().label(),
                i.getDocuments().stream().map(d -> new ReviewView.Document(d.getId(), d.getFileName(), d.getContentType(),
                        d.getSize(), d.getUploadedBy(), d.getUploadedAt())).toList());
    }
}
