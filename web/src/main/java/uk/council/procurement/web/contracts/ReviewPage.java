package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.boundary.EvidenceView;
import uk.council.procurement.contracts.boundary.ExtensionReviews;
import uk.council.procurement.contracts.boundary.ReviewView;
import uk.council.procurement.contracts.entity.Recommendation;
import uk.council.procurement.web.faces.Messages;

/**
 * One extension review (contracts/review.xhtml?ref=): the providers with their evidence in brief;
 * officers recommend for the selected providers and send the recommendations on; leads decide each
 * and finish; anyone on staff opens a provider's evidence pack.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient ExtensionReviews reviews;

    private String ref;
    private ReviewView review;
    private List<HistoryEntry> history = List.of();
    private List<ReviewView.Item> selected = new ArrayList<>();
    private BigDecimal uplift;

    // recommending
    private Recommendation recommendation = Recommendation.EXTEND;
    private Integer months = 12;
    private String reasons;

    // deciding
    private ReviewView.Item deciding;
    private boolean approve = true;
    private String decisionReason;
    private LocalDate cabinetDate;
    private String cabinetMinute;

    // evidence
    private EvidenceView evidence;
    private ReviewView.Item evidenceItem;

    public String load() {
        review = Messages.attempt(() -> reviews.find(ref), Map.of());
        if (review == null) {
            return "/contracts/reviews?faces-redirect=true";
        }
        history = reviews.history(ref);
        uplift = review.upliftPercent();
        return null;
    }

    private String reload() {
        return "/contracts/review?faces-redirect=true&ref=" + ref;
    }

    public String saveUplift() {
        var saved = Messages.attempt(() -> reviews.setUplift(ref, review.version(), uplift),
                Map.of("upliftPercent", "upliftForm:uplift"));
        if (saved == null) {
            return null;
        }
        Messages.info("Uplift saved", "The costs now use " + (uplift == null ? "no uplift" : uplift.toPlainString() + "%")
                + ".");
        return reload();
    }

    public String recommendSelected() {
        if (selected == null || selected.isEmpty()) {
            Messages.error("Choose providers", "Tick the providers the recommendation is for.");
            return null;
        }
        var items = selected.stream().map(i -> new ExtensionReviews.ItemVersion(i.id(), i.version())).toList();
        var saved = Messages.attempt(() -> reviews.recommend(ref, items, recommendation,
                recommendation == Recommendation.EXTEND ? months : null, reasons),
                Map.of("months", "recommendForm:months", "reasons", "recommendForm:reasons",
                        "recommendation", "recommendForm:recommendation"));
        if (saved == null) {
            return null;
        }
        Messages.info("Recommended", items.size() + (items.size() == 1 ? " provider" : " providers") + ": "
                + recommendation.label().toLowerCase() + (recommendation == Recommendation.EXTEND ? " by " + months
                + " months" : "") + ".");
        return reload();
    }

    public String submit() {
        var saved = Messages.attempt(() -> reviews.submit(ref, review.version()), Map.of());
        if (saved == null) {
            return null;
        }
        Messages.info("Sent for decision", "The commissioning leads have the recommendations of " + ref + ".");
        return reload();
    }

    public void startDeciding(ReviewView.Item item) {
        deciding = item;
        approve = true;
        decisionReason = null;
        cabinetDate = null;
        cabinetMinute = null;
    }

    public String decide() {
        var saved = Messages.attempt(() -> reviews.decide(ref, deciding.id(), deciding.version(), approve,
                decisionReason, cabinetDate, cabinetMinute), Map.of("reason", "decideForm:decisionReason",
                "cabinetDate", "decideForm:cabinetDate", "cabinetMinute", "decideForm:cabinetMinute"));
        if (saved == null) {
            return null;
        }
        Messages.info(approve ? "Approved" : "Returned", deciding.providerName() + ".");
        return reload();
    }

    public String finish() {
        var saved = Messages.attempt(() -> reviews.finish(ref, review.version()), Map.of());
        if (saved == null) {
            return null;
        }
        Messages.info("Decisions finished", "DECIDED".equals(saved.status())
                ? "Notices go to the providers not extended; the extensions go on to their deeds."
                : "The returned recommendations are back with the officers.");
        return reload();
    }

    public void showEvidence(ReviewView.Item item) {
        evidenceItem = item;
        evidence = Messages.attempt(() -> reviews.evidence(ref, item.id()), Map.of());
    }

    /** A document for the provider whose evidence the dialog shows. */
    public void uploadDocument(org.primefaces.event.FileUploadEvent event) {
        var file = event.getFile();
        var saved = Messages.attempt(() -> reviews.attachDocument(ref, evidenceItem.id(), file.getFileName(),
                uk.council.procurement.web.onboarding.Apply.contentType(file.getFileName(), file.getContentType()),
                file.getContent()), Map.of());
        if (saved != null) {
            refresh(saved);
            Messages.info("Document added", file.getFileName());
        }
    }

    public void removeDocument(ReviewView.Document document) {
        var saved = Messages.attempt(() -> reviews.removeDocument(ref, evidenceItem.id(), document.id()), Map.of());
        if (saved != null) {
            refresh(saved);
            Messages.info("Document removed", document.fileName());
        }
    }

    private void refresh(ReviewView saved) {
        review = saved;
        evidenceItem = saved.items().stream().filter(i -> i.id() == evidenceItem.id()).findFirst().orElse(evidenceItem);
        history = reviews.history(ref);
    }

    public ReviewView.Item getEvidenceItem() {
        return evidenceItem;
    }

    public boolean isDecided() {
        return review != null && "DECIDED".equals(review.status());
    }

    public boolean isRecommending() {
        return review != null && "RECOMMENDING".equals(review.status());
    }

    public boolean isApproving() {
        return review != null && "APPROVING".equals(review.status());
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ReviewView getReview() {
        return review;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<ReviewView.Item> getSelected() {
        return selected;
    }

    public void setSelected(List<ReviewView.Item> selected) {
        this.selected = selected;
    }

    public BigDecimal getUplift() {
        return uplift;
    }

    public void setUplift(BigDecimal uplift) {
        this.uplift = uplift;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public ReviewView.Item getDeciding() {
        return deciding;
    }

    public boolean isApprove() {
        return approve;
    }

    public void setApprove(boolean approve) {
        this.approve = approve;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public LocalDate getCabinetDate() {
        return cabinetDate;
    }

    public void setCabinetDate(LocalDate cabinetDate) {
        this.cabinetDate = cabinetDate;
    }

    public String getCabinetMinute() {
        return cabinetMinute;
    }

    public void setCabinetMinute(String cabinetMinute) {
        this.cabinetMinute = cabinetMinute;
    }

    public EvidenceView getEvidence() {
        return evidence;
    }
}
