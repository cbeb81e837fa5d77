package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.membership.boundary.Admissions.AdmissionView;
import uk.council.procurement.onboarding.boundary.ApplicationSummary;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.providers.boundary.CqcRegister;
import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.web.faces.Messages;
import uk.council.procurement.web.security.UserSession;

/**
 * A provider organisation as council staff see it (providers/record.xhtml): its CQC locations with
 * each one's rating history, its admissions and suspensions, its applications and its history. A
 * quality officer records ratings from evidence here; a lead lifts a suspension.
 */
@Named
@ViewScoped
public class ProviderRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Providers providers;

    @EJB
    transient CqcRegister register;

    @EJB
    transient Admissions admissions;

    @EJB
    transient Applications applications;

    @EJB
    transient AuditTrail audit;

    @Inject
    UserSession user;

    private Long id;
    private ProviderView provider;
    private Map<String, List<CqcRegister.RatingEntry>> ratings = new HashMap<>();
    private List<AdmissionView> memberships = List.of();
    private List<ApplicationSummary> applicationList = List.of();
    private List<HistoryEntry> history = List.of();

    // The evidence dialog
    private String evidenceLocationId;
    private CqcRating evidenceRating;
    private LocalDate evidenceDate;
    private String evidenceReference;
    private String evidenceReason;

    // The suspension dialogs
    private Long admissionId;
    private String admissionReason;
    private boolean liftingNeedsLead = true;

    public void load() {
        provider = Messages.attempt(() -> providers.find(id), Map.of());
        if (provider == null) {
            return;
        }
        ratings = new HashMap<>();
        provider.locations().forEach(l -> ratings.put(l.locationId(), register.history(id, l.locationId())));
        memberships = admissions.ofProvider(id);
        applicationList = applications.ofProvider(id);
        history = audit.historyOf("PROVIDER", id.toString());
    }

    public void refresh(String locationId) {
        if (Messages.attempt(() -> register.refresh(id, locationId), Map.of()) != null) {
            Messages.info("Refreshed from the CQC register", locationId);
            load();
        }
    }

    public void openEvidence(String locationId) {
        evidenceLocationId = locationId;
        evidenceRating = null;
        evidenceDate = null;
        evidenceReference = null;
        evidenceReason = null;
    }

    public void recordEvidence() {
        var saved = Messages.attempt(() -> register.recordEvidence(id, evidenceLocationId, new CqcRegister.Evidence(
                evidenceRating, evidenceDate, evidenceReference, evidenceReason)), Map.of(
                        "rating", "evidenceForm:evidenceRating", "ratingDate", "evidenceForm:evidenceDate",
                        "reference", "evidenceForm:evidenceReference", "reason", "evidenceForm:evidenceReason"));
        if (saved != null) {
            Messages.info("Rating recorded", evidenceLocationId + ": " + evidenceRating.label());
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('evidenceDialog').hide()");
        }
    }

    public void openAdmission(Long admission) {
        admissionId = admission;
        admissionReason = null;
        liftingNeedsLead = true;
    }

    public void lift() {
        var admission = memberships.stream().filter(a -> a.id().equals(admissionId)).findFirst().orElse(null);
        if (admission == null) {
            return;
        }
        if (Messages.attempt(() -> admissions.lift(admissionId, admission.version(), admissionReason),
                Map.of("reason", "liftForm:liftReason")) != null) {
            Messages.info("Suspension lifted", admission.providerName() + " on lot " + admission.lotCode());
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('liftDialog').hide()");
        }
    }

    public void suspend() {
        var admission = memberships.stream().filter(a -> a.id().equals(admissionId)).findFirst().orElse(null);
        if (admission == null) {
            return;
        }
        if (Messages.attempt(() -> admissions.suspend(admissionId, admission.version(), admissionReason, liftingNeedsLead),
                Map.of("reason", "suspendForm:suspendReason")) != null) {
            Messages.info("Suspended", admission.providerName() + " on lot " + admission.lotCode());
            load();
            org.primefaces.PrimeFaces.current().executeScript("PF('suspendDialog').hide()");
        }
    }

    public boolean canLift(AdmissionView a) {
        return a.status() == uk.council.procurement.membership.entity.AdmissionStatus.SUSPENDED
                && (user.isLead() || (user.isOfficer() && !a.liftingNeedsLead()));
    }

    public boolean canSuspend(AdmissionView a) {
        return a.status() == uk.council.procurement.membership.entity.AdmissionStatus.ACTIVE
                && (user.isLead() || user.isOfficer());
    }

    public List<CqcRating> getEvidenceRatings() {
        return List.of(CqcRating.OUTSTANDING, CqcRating.GOOD, CqcRating.REQUIRES_IMPROVEMENT, CqcRating.INADEQUATE);
    }

    public List<CqcRegister.RatingEntry> ratingsOf(String locationId) {
        return ratings.getOrDefault(locationId, List.of());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProviderView getProvider() {
        return provider;
    }

    public List<AdmissionView> getMemberships() {
        return memberships;
    }

    public List<ApplicationSummary> getApplicationList() {
        return applicationList;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getEvidenceLocationId() {
        return evidenceLocationId;
    }

    public CqcRating getEvidenceRating() {
        return evidenceRating;
    }

    public void setEvidenceRating(CqcRating evidenceRating) {
        this.evidenceRating = evidenceRating;
    }

    public LocalDate getEvidenceDate() {
        return evidenceDate;
    }

    public void setEvidenceDate(LocalDate evidenceDate) {
        this.evidenceDate = evidenceDate;
    }

    public String getEvidenceReference() {
        return evidenceReference;
    }

    public void setEvidenceReference(String evidenceReference) {
        this.evidenceReference = evidenceReference;
    }

    public String getEvidenceReason() {
        return evidenceReason;
    }

    public void setEvidenceReason(String evidenceReason) {
        this.evidenceReason = evidenceReason;
    }

    public String getAdmissionReason() {
        return admissionReason;
    }

    public void setAdmissionReason(String admissionReason) {
        this.admissionReason = admissionReason;
    }

    public boolean isLiftingNeedsLead() {
        return liftingNeedsLead;
    }

    public void setLiftingNeedsLead(boolean liftingNeedsLead) {
        this.liftingNeedsLead = liftingNeedsLead;
    }
}
