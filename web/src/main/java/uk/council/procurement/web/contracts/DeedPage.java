package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.boundary.DeedView;
import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.web.faces.Messages;

/**
 * One deed for council staff (contracts/deed.xhtml?ref=): the document and its digest, the provider's
 * signature; legal varies the terms before the provider signs, and signs and seals after.
 */
@Named
@ViewScoped
public class DeedPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Deeds deeds;

    @EJB
    transient CurrentUser currentUser;

    private String ref;
    private DeedView deed;
    private List<HistoryEntry> history = List.of();

    private String signatory;
    private String sealNumber;
    private LocalDate sealedOn;
    private String variedTerms;
    private String revisionReason;

    public String load() {
        deed = Messages.attempt(() -> deeds.find(ref), Map.of());
        if (deed == null) {
            return "/contracts/deeds?faces-redirect=true";
        }
        history = deeds.history(ref);
        if (signatory == null) {
            signatory = currentUser.displayName();
        }
        if (sealedOn == null) {
            sealedOn = LocalDate.now(java.time.Clock.system(uk.council.procurement.platform.Clocks.UK));
        }
        variedTerms = deed.variedTerms();
        return null;
    }

    private String reload() {
        return "/contracts/deed?faces-redirect=true&ref=" + ref;
    }

    /** Signs and seals the document this page showed (its digest is sent, not read again). */
    public String seal() {
        var sealed = Messages.attempt(() -> deeds.seal(ref, deed.version(), signatory, sealNumber, sealedOn,
                deed.documentSha256()), Map.of("signatory", "sealForm:signatory", "sealNumber", "sealForm:sealNumber",
                        "sealedOn", "sealForm:sealedOn"));
        if (sealed == null) {
            return null;
        }
        Messages.info("Deed sealed", sealed.contractReference() + " now runs to "
                + uk.council.procurement.platform.UkFormat.date(sealed.newExpiry()) + ".");
        return reload();
    }

    public String revise() {
        var revised = Messages.attempt(() -> deeds.revise(ref, deed.version(), variedTerms, revisionReason),
                Map.of("variedTerms", "reviseForm:variedTerms", "reason", "reviseForm:reason"));
        if (revised == null) {
            return null;
        }
        Messages.info("Deed revised", "Revision " + revised.revision() + " is ready for the provider to sign.");
        return reload();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public DeedView getDeed() {
        return deed;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getSealNumber() {
        return sealNumber;
    }

    public void setSealNumber(String sealNumber) {
        this.sealNumber = sealNumber;
    }

    public LocalDate getSealedOn() {
        return sealedOn;
    }

    public void setSealedOn(LocalDate sealedOn) {
        this.sealedOn = sealedOn;
    }

    public String getVariedTerms() {
        return variedTerms;
    }

    public void setVariedTerms(String variedTerms) {
        this.variedTerms = variedTerms;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public void setRevisionReason(String revisionReason) {
        this.revisionReason = revisionReason;
    }
}
