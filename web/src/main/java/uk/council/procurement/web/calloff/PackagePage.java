package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.PackageView;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.web.faces.Messages;

/**
 * One care-at-home package as council staff see it (calloff/package.xhtml): the care asked for, every
 * offer of the cascade with its answer, and the officer's steps (cancel; when nobody accepted, offer it
 * again or record how the care was arranged). The boundary checks role, state and version.
 */
@Named
@ViewScoped
public class PackagePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Packages packages;

    private String ref;
    private PackageView carePackage;
    private List<HistoryEntry> history = List.of();
    private String reason;
    private String arrangement;

    public String load() {
        carePackage = Messages.attempt(() -> packages.find(ref), Map.of());
        if (carePackage == null) {
            return "/calloff/packages?faces-redirect=true";
        }
        history = packages.history(ref);
        return null;
    }

    /**
     * Reads the package again (the page polls while it is being offered). The officer's forms are
     * drawn again only when the status has changed, so that a reason being typed is not wiped.
     */
    public void refresh() {
        var before = carePackage == null ? null : carePackage.status();
        load();
        if (carePackage != null && carePackage.status() != before) {
            org.primefaces.PrimeFaces.current().ajax().update("actions");
        }
    }

    public String cancel() {
        var done = Messages.attempt(() -> packages.cancel(ref, carePackage.version(), reason),
                Map.of("reason", "cancelForm:cancelReason"));
        return after(done, "Cancelled", "Providers with an open offer are told.");
    }

    public String reoffer() {
        var done = Messages.attempt(() -> packages.reoffer(ref, carePackage.version()), Map.of());
        return after(done, "Offered again", "The cascade starts again from the provider on duty.");
    }

    public String arrangeElsewhere() {
        var done = Messages.attempt(() -> packages.arrangeElsewhere(ref, carePackage.version(), arrangement),
                Map.of("reason", "arrangeForm:arrangement"));
        return after(done, "Recorded", "The package is closed as arranged elsewhere.");
    }

    private String after(PackageView done, String summary, String detail) {
        if (done == null) {
            return null;
        }
        Messages.info(summary, detail);
        return "/calloff/package?faces-redirect=true&ref=" + ref;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public PackageView getCarePackage() {
        return carePackage;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getArrangement() {
        return arrangement;
    }

    public void setArrangement(String arrangement) {
        this.arrangement = arrangement;
    }
}
