package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.FlowEvent;

import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsView;
import uk.council.procurement.onboarding.boundary.ApplicationDetail;
import uk.council.procurement.onboarding.boundary.ProviderApplication;
import uk.council.procurement.onboarding.boundary.Applications;
import uk.council.procurement.onboarding.boundary.DraftChanges;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.onboarding.entity.DocumentKind;
import uk.council.procurement.web.faces.Messages;
import uk.council.procurement.web.providers.Organisation;

/**
 * The provider's application wizard (onboarding/apply.xhtml): organisation and CQC locations, lots,
 * insurance, documents, review and submit. Each step is saved when the provider moves on, so a
 * draft can be left and resumed from the applications page.
 */
@Named
@ViewScoped
public class Apply implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "applyForm";
    static final Map<String, String> DRAFT_FIELDS = Map.of(
            "lotIds", FORM + ":lots",
            "insurance.insurer", FORM + ":insurer", "insurance.policyNumber", FORM + ":policyNumber",
            "insurance.employersLiabilityCover", FORM + ":employersLiability",
            "insurance.publicLiabilityCover", FORM + ":publicLiability",
            "insurance.insuranceExpiresOn", FORM + ":insuranceExpires");

    @EJB
    transient Applications applications;

    @EJB
    transient DpsRegister register;

    @Inject
    Organisation organisation;

    private String ref;
    private ProviderApplication application;
    private DpsView dps;
    private List<Long> lotIds = new ArrayList<>();
    private String insurer;
    private String policyNumber;
    private BigDecimal employersLiabilityCover;
    private BigDecimal publicLiabilityCover;
    private LocalDate insuranceExpiresOn;
    private String step;
    private boolean declared;

    public String load() {
        application = Messages.attempt(() -> applications.mine(ref), Map.of());
        if (application == null) {
            return "/onboarding/my-applications?faces-redirect=true";
        }
        if (application.status() != ApplicationStatus.DRAFT) {
            return "/onboarding/my-application?faces-redirect=true&ref=" + application.reference();
        }
        dps = register.find(application.dpsReference());
        lotIds = new ArrayList<>(application.lots().stream().map(ProviderApplication.LotOutcome::lotId).toList());
        var insurance = application.insurance();
        insurer = insurance.insurer();
        policyNumber = insurance.policyNumber();
        employersLiabilityCover = insurance.employersLiabilityCover();
        publicLiabilityCover = insurance.publicLiabilityCover();
        insuranceExpiresOn = insurance.expiresOn();
        step = resumeAt(organisation.getProvider().locations().isEmpty(), lotIds.isEmpty(), insurer == null,
                !application.missingDocuments().isEmpty());
        return null;
    }

    /** A draft resumes at its first step with nothing saved yet (every step is saved when left). */
    static String resumeAt(boolean noLocations, boolean noLots, boolean noInsurance, boolean documentsMissing) {
        if (noLocations) {
            return "organisationStep";
        }
        if (noLots) {
            return "lotsStep";
        }
        if (noInsurance) {
            return "insuranceStep";
        }
        return documentsMissing ? "documentsStep" : "reviewStep";
    }

    /** Saves the step being left; stays on it (with the messages) if that is refused. */
    public String onFlowProcess(FlowEvent event) {
        boolean saved = switch (event.getOldStep()) {
            case "organisationStep" -> organisation.saveDetails(FORM);
            case "lotsStep", "insuranceStep" -> saveDraftOnly();
            default -> true;
        };
        return saved ? event.getNewStep() : event.getOldStep();
    }

    public void saveDraft(String step) {
        boolean saved = "organisationStep".equals(step) ? organisation.saveDetails(FORM) : saveDraftOnly();
        if (saved) {
            Messages.info("Draft saved", "Come back to " + ref + " from your applications page at any time.");
        }
    }

    private boolean saveDraftOnly() {
        var saved = Messages.attempt(() -> applications.saveDraft(ref, application.version(),
                new DraftChanges(lotIds, insurer, policyNumber, employersLiabilityCover, publicLiabilityCover,
                        insuranceExpiresOn)), DRAFT_FIELDS);
        if (saved != null) {
            application = saved;
        }
        return saved != null;
    }

    public void upload(FileUploadEvent event) {
        var kind = DocumentKind.valueOf((String) event.getComponent().getAttributes().get("kind"));
        var file = event.getFile();
        var saved = Messages.attempt(() -> applications.attachDocument(ref, kind, file.getFileName(),
                contentType(file.getFileName(), file.getContentType()), file.getContent()), Map.of());
        if (saved != null) {
            application = saved;
            Messages.info(kind.label() + " uploaded", file.getFileName());
        }
    }

    /** Browsers sometimes send no type, or a generic one, for Word and OpenDocument files. */
    public static String contentType(String fileName, String sent) {
        if (sent != null && !sent.isBlank() && !"application/octet-stream".equals(sent)) {
            return sent;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.UK);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".doc")) {
            return "application/msword";
        }
        if (name.endsWith(".odt")) {
            return "application/vnd.oasis.opendocument.text";
        }
        return sent;
    }

    /**
     * Submits the draft. Every step was saved when it was left, so only the declaration is new here; a
     * refusal names the field at the top of the page (its input is on another step: "Change" leads there).
     */
    public String submit() {
        if (!declared) {
            Messages.field(FORM + ":declaration", "Confirm the declaration to submit the application.");
            return null;
        }
        var submitted = Messages.attempt(() -> applications.submit(ref, application.version()), Map.of());
        if (submitted == null) {
            return null;
        }
        Messages.info("Application submitted", submitted.reference() + ": the council will decide by "
                + uk.council.procurement.platform.UkFormat.date(submitted.dueDate()) + ".");
        return "/onboarding/my-application?faces-redirect=true&ref=" + submitted.reference();
    }

    /** Deletes the draft (after the page's confirmation) and returns to the applications page. */
    public String deleteDraft() {
        if (!Messages.attempt(() -> applications.deleteDraft(ref, application.version()), Map.of())) {
            return null;
        }
        Messages.info("Draft deleted", ref + " is deleted; you can start a new application at any time.");
        return "/onboarding/my-applications?faces-redirect=true";
    }

    public ApplicationDetail.Document document(String kind) {
        return application.documents().stream().filter(d -> d.kind().name().equals(kind)).findFirst().orElse(null);
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.values();
    }

    public List<DpsView.LotView> getChosenLots() {
        return dps.lots().stream().filter(l -> lotIds.contains(l.id())).toList();
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public boolean isDeclared() {
        return declared;
    }

    public void setDeclared(boolean declared) {
        this.declared = declared;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ProviderApplication getApplication() {
        return application;
    }

    public DpsView getDps() {
        return dps;
    }

    public List<Long> getLotIds() {
        return lotIds;
    }

    public void setLotIds(List<Long> lotIds) {
        this.lotIds = lotIds;
    }

    public String getInsurer() {
        return insurer;
    }

    public void setInsurer(String insurer) {
        this.insurer = insurer;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public void setPolicyNumber(String policyNumber) {
        this.policyNumber = policyNumber;
    }

    public BigDecimal getEmployersLiabilityCover() {
        return employersLiabilityCover;
    }

    public void setEmployersLiabilityCover(BigDecimal employersLiabilityCover) {
        this.employersLiabilityCover = employersLiabilityCover;
    }

    public BigDecimal getPublicLiabilityCover() {
        return publicLiabilityCover;
    }

    public void setPublicLiabilityCover(BigDecimal publicLiabilityCover) {
        this.publicLiabilityCover = publicLiabilityCover;
    }

    public LocalDate getInsuranceExpiresOn() {
        return insuranceExpiresOn;
    }

    public void setInsuranceExpiresOn(LocalDate insuranceExpiresOn) {
        this.insuranceExpiresOn = insuranceExpiresOn;
    }
}
