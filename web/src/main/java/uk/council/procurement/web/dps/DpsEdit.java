package uk.council.procurement.web.dps;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsView;
import uk.council.procurement.dps.entity.CareCategory;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.web.faces.Messages;
import uk.council.procurement.web.security.UserSession;

/** One DPS: its details, term, evaluation clock and lots (dps/edit.xhtml). New when no reference is given. */
@Named
@ViewScoped
public class DpsEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> DPS_FIELDS = Map.of(
            "reference", "dpsForm:reference", "title", "dpsForm:title", "description", "dpsForm:description",
            "regime", "dpsForm:regime", "termStart", "dpsForm:termStart", "termEnd", "dpsForm:termEnd",
            "extensionOptions", "dpsForm:extensionOptions", "extensionMonths", "dpsForm:extensionMonths",
            "evaluationClock.workingDays", "dpsForm:evaluationDays",
            "evaluationClock.extendedWorkingDays", "dpsForm:extendedDays");
    private static final Map<String, String> LOT_FIELDS = Map.of(
            "code", "lotForm:code", "title", "lotForm:lotTitle", "careSetting", "lotForm:careSetting",
            "categorisedWhereNeeded", "lotForm:careCategory", "zone", "lotForm:zone",
            "maxProviders", "lotForm:maxProviders", "eligibility.minimumRating", "lotForm:minimumRating",
            "qualityWeight", "lotForm:qualityWeight", "approvalThreshold", "lotForm:approvalThreshold",
            "offerHours", "lotForm:offerHours");

    private static final String ADD_LOT = "Add lot";

    @EJB
    transient DpsRegister register;

    @EJB
    transient AuditTrail audit;

    @Inject
    UserSession user;

    private String ref;
    private DpsView dps;
    private DpsForm form = new DpsForm();
    private LotForm lot = new LotForm();
    private String lotDialogHeader = ADD_LOT;
    private String closeReason;
    private List<HistoryEntry> history = List.of();

    public void load() {
        if (ref != null && !ref.isBlank()) {
            show(Messages.attempt(() -> register.find(ref), Map.of()));
        }
    }

    private void show(DpsView view) {
        if (view == null) {
            return;
        }
        dps = view;
        ref = view.reference();
        form = DpsForm.of(view);
        history = user.isStaff() ? audit.historyOf(DpsRegister.SUBJECT, view.reference()) : List.of();
    }

    public String save() {
        boolean created = dps == null;
        var saved = Messages.attempt(() -> created ? register.create(form.toDetails())
                : register.update(dps.reference(), dps.version(), form.toDetails()), DPS_FIELDS);
        if (saved == null) {
            return null;
        }
        Messages.info(created ? "DPS created" : "DPS saved", saved.reference() + " " + saved.title());
        return reload(saved);
    }

    public void newLot() {
        lot = new LotForm();
        lotDialogHeader = ADD_LOT;
    }

    public void editLot(DpsView.LotView view) {
        lot = LotForm.of(view);
        lotDialogHeader = "Edit lot " + view.code();
    }

    public void saveLot() {
        var saved = Messages.attempt(() -> lot.isNew() ? register.addLot(dps.reference(), lot.toDetails())
                : register.updateLot(dps.reference(), lot.getId(), lot.getVersion(), lot.toDetails()), LOT_FIELDS);
        if (saved != null) {
            Messages.info(lot.isNew() ? "Lot added" : "Lot saved", lot.getCode() + " " + lot.getTitle());
            show(saved);
            PrimeFaces.current().executeScript("PF('lotDialog').hide()");
        }
    }

    public String open() {
        var opened = Messages.attempt(() -> register.open(dps.reference(), dps.version()), Map.of());
        if (opened == null) {
            return null;
        }
        Messages.info("DPS opened", opened.reference() + " now accepts applications.");
        return reload(opened);
    }

    public String close() {
        var closed = Messages.attempt(() -> register.close(dps.reference(), dps.version(), closeReason),
                Map.of("reason", "closeForm:closeReason"));
        if (closed == null) {
            return null;
        }
        Messages.info("DPS closed", closed.reference() + " no longer accepts applications.");
        return reload(closed);
    }

    private static String reload(DpsView view) {
        return "/dps/edit?faces-redirect=true&ref=" + view.reference();
    }

    /** Officers change a DPS until it closes; everyone else reads it. */
    public boolean isEditable() {
        return user.isOfficer() && (dps == null || dps.status() != DpsStatus.CLOSED);
    }

    public Regime[] getRegimes() {
        return Regime.values();
    }

    public CareSetting[] getCareSettings() {
        return CareSetting.values();
    }

    public CareCategory[] getCareCategories() {
        return CareCategory.values();
    }

    public CqcRating[] getMinimumRatings() {
        return new CqcRating[] {CqcRating.OUTSTANDING, CqcRating.GOOD, CqcRating.REQUIRES_IMPROVEMENT, CqcRating.INADEQUATE};
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public DpsView getDps() {
        return dps;
    }

    public DpsForm getForm() {
        return form;
    }

    public LotForm getLot() {
        return lot;
    }

    /** "Add lot", or "Edit lot R1" naming the lot as it was opened (not as its code is being retyped). */
    public String getLotDialogHeader() {
        return lotDialogHeader;
    }

    /** The colour of the DPS's status tag: green only while it accepts applications, grey once ended or closed. */
    public String getStatusSeverity() {
        return dps == null ? null : DpsList.tagSeverity(dps.status(), dps.acceptingApplications());
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }
}
