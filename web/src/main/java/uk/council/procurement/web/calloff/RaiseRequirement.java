package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.CriteriaTemplates;
import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.RequirementView;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.boundary.TemplateView;
import uk.council.procurement.calloff.entity.RequirementDetails;
import uk.council.procurement.calloff.entity.Urgency;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.web.faces.Messages;

/**
 * Raising a requirement, or changing a draft (calloff/raise.xhtml): the lot (its default offer time
 * sets the deadline until the officer changes it), the person's reference and needs, area, start,
 * urgency, budget, and what providers must answer. Saved as a draft, or saved and issued at once.
 */
@Named
@ViewScoped
public class RaiseRequirement implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "raiseForm";

    @EJB
    transient Requirements requirements;

    @EJB
    transient CriteriaTemplates criteriaTemplates;

    @Inject
    transient Clock clock;

    private String ref;
    /** A requirement to copy (raising it again after it closed without award or was cancelled). */
    private String from;
    private long version;
    private List<LotChoice> lots = List.of();
    private Long lotId;
    private String personReference;
    private String needs;
    private String postcode;
    private Integer maxDistanceKm;
    private LocalDate startDate;
    private Urgency urgency = Urgency.ROUTINE;
    private BigDecimal weeklyBudget;
    private LocalDateTime offerDeadline;
    private boolean deadlineChosen;
    private final CriteriaEditor editor = new CriteriaEditor();
    private final ScheduleEditor schedule = new ScheduleEditor();
    private List<TemplateView> templates = List.of();
    private Long templateId;
    private String templateName;

    public String load() {
        lots = requirements.lotChoices();
        boolean copying = from != null && !from.isBlank() && (ref == null || ref.isBlank());
        if (!copying && (ref == null || ref.isBlank())) {
            startDate = LocalDate.now(clock).plusDays(1);
            return null;
        }
        RequirementView draft = Messages.attempt(() -> requirements.find(copying ? from : ref), Map.of());
        if (draft == null) {
            return "/calloff/requirements?faces-redirect=true";
        }
        if (copying) {
            copy(draft);
            startDate = draft.startDate().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock).plusDays(1) : draft.startDate();
            offerDeadline = defaultDeadline();
            deadlineChosen = false;
            return null;
        }
        version = draft.version();
        copy(draft);
        offerDeadline = LocalDateTime.ofInstant(draft.offerDeadline(), Clocks.UK);
        deadlineChosen = true;
        return null;
    }

    private void copy(RequirementView draft) {
        lotId = draft.lotId();
        loadTemplates();
        personReference = draft.personReference();
        needs = draft.needs();
        postcode = draft.postcode();
        maxDistanceKm = draft.maxDistanceKm();
        startDate = draft.startDate();
        urgency = draft.urgency();
        weeklyBudget = draft.weeklyBudget();
        editor.set(draft.criteria());
        schedule.set(draft.schedule());
    }

    /** A lot was chosen: its default offer time sets the deadline, unless the officer has set one. */
    public void lotChosen() {
        loadTemplates();
        if (!deadlineChosen) {
            offerDeadline = defaultDeadline();
        }
    }

    public Integer getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public void setMaxDistanceKm(Integer maxDistanceKm) {
        this.maxDistanceKm = maxDistanceKm;
    }

    public void deadlineChanged() {
        deadlineChosen = offerDeadline != null;
    }

    /** Now plus the lot's offer time, rounded up to the quarter hour, in UK time. */
    LocalDateTime defaultDeadline() {
        var lot = getLot();
        if (lot == null) {
            return null;
        }
        var at = LocalDateTime.ofInstant(clock.instant(), Clocks.UK).plusHours(lot.offerHours()).truncatedTo(ChronoUnit.MINUTES);
        int extra = (15 - at.getMinute() % 15) % 15;
        return at.plusMinutes(extra);
    }

    public ScheduleEditor getSchedule() {
        return schedule;
    }

    public CriteriaEditor getEditor() {
        return editor;
    }

    /** The chosen lot's templates, for the "start from a template" menu. */
    public List<TemplateView> getTemplates() {
        return templates;
    }

    private void loadTemplates() {
        templates = lotId == null ? List.of() : criteriaTemplates.list(lotId);
        templateId = null;
    }

    /** Adds the chosen template's criteria after those already written. */
    public void applyTemplate() {
        var chosen = templates.stream().filter(t -> t.id().equals(templateId)).findFirst().orElse(null);
        if (chosen == null) {
            Messages.field(FORM + ":template", "Choose a template of this lot");
            return;
        }
        editor.append(chosen.criteria());
        Messages.info("Template added", chosen.criteria().size() + " criteria from \"" + chosen.name()
                + "\" were added: change them as this person needs.");
    }

    /** Keeps the criteria written here as a new template of the lot, under the name given. */
    public void saveAsTemplate() {
        var saved = Messages.attempt(() -> criteriaTemplates.create(lotId, templateName, editor.details()),
                templateFields());
        if (saved != null) {
            Messages.info("Template saved", "\"" + saved.name() + "\" can now be used for lot " + saved.lotCode() + ".");
            templateName = null;
            loadTemplates();
            org.primefaces.PrimeFaces.current().executeScript("PF('saveTemplateDialog').hide()");
        }
    }

    private Map<String, String> templateFields() {
        var fields = new HashMap<String, String>(Map.of("lotId", FORM + ":lot", "name", FORM + ":templateName"));
        editor.fields(FORM, fields);
        fields.put("criteria", FORM + ":templateName");
        return fields;
    }

    public String save() {
        var saved = persist();
        if (saved == null) {
            return null;
        }
        Messages.info("Draft saved", "Requirement " + saved.reference() + " is a draft: nothing is sent until it is issued.");
        return "/calloff/requirement?faces-redirect=true&ref=" + saved.reference();
    }

    public String saveAndIssue() {
        var saved = persist();
        if (saved == null) {
            return null;
        }
        var issued = Messages.attempt(() -> requirements.issue(saved.reference(), saved.version()), Map.of());
        if (issued == null) {
            Messages.info("Draft saved", "Requirement " + saved.reference() + " was saved but not issued.");
            return "/calloff/requirement?faces-redirect=true&ref=" + saved.reference();
        }
        Messages.info("Issued", issued.reference() + " was sent to " + issued.invitations().size()
                + (issued.invitations().size() == 1 ? " location." : " locations."));
        return "/calloff/requirement?faces-redirect=true&ref=" + issued.reference();
    }

    private RequirementView persist() {
        var details = new RequirementDetails(personReference, needs, postcode, startDate, urgency, weeklyBudget,
                offerDeadline == null ? null : offerDeadline.atZone(Clocks.UK).toInstant(),
                editor.details(),
                getLot() != null && !getLot().careHome() ? null : maxDistanceKm,
                getLot() != null && !getLot().careHome() ? schedule.details() : List.of());
        RequirementView saved = ref == null || ref.isBlank()
                ? Messages.attempt(() -> requirements.raise(lotId, details), fields())
                : Messages.attempt(() -> requirements.change(ref, version, details), fields());
        if (saved != null) {
            ref = saved.reference();
            version = saved.version();
        }
        return saved;
    }

    private Map<String, String> fields() {
        var fields = new HashMap<String, String>(Map.of("lotId", FORM + ":lot", "personReference", FORM + ":personReference",
                "needs", FORM + ":needs", "postcode", FORM + ":postcode", "maxDistanceKm", FORM + ":maxDistanceKm", "startDate", FORM + ":startDate",
                "urgency", FORM + ":urgency", "weeklyBudget", FORM + ":weeklyBudget", "offerDeadline", FORM + ":offerDeadline",
                "criteria", FORM + ":criteriaMessage"));
        editor.fields(FORM, fields);
        schedule.fields(FORM, fields);
        return fields;
    }

    public LotChoice getLot() {
        return lots.stream().filter(l -> l.lotId().equals(lotId)).findFirst().orElse(null);
    }

    public boolean isNew() {
        return ref == null || ref.isBlank();
    }

    public String getRef() {
        return ref;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public List<LotChoice> getLots() {
        return lots;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getPersonReference() {
        return personReference;
    }

    public void setPersonReference(String personReference) {
        this.personReference = personReference;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public BigDecimal getWeeklyBudget() {
        return weeklyBudget;
    }

    public void setWeeklyBudget(BigDecimal weeklyBudget) {
        this.weeklyBudget = weeklyBudget;
    }

    public LocalDateTime getOfferDeadline() {
        return offerDeadline;
    }

    public void setOfferDeadline(LocalDateTime offerDeadline) {
        this.offerDeadline = offerDeadline;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTemplateName() {
        return templateName;
    }

    public void setTemplateName(String templateName) {
        this.templateName = templateName;
    }
}
