package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.boundary.OfferRow;
import uk.council.procurement.calloff.boundary.RequirementView;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.web.faces.Messages;

/**
 * One requirement as council staff see it (calloff/requirement.xhtml): the requirement, who was
 * invited and who has answered, and the offers once they are unsealed.
 */
@Named
@ViewScoped
public class RequirementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Requirements requirements;

    @EJB
    transient AuditTrail audit;

    private String ref;
    private RequirementView requirement;
    private List<OfferRow> offers = List.of();
    private List<HistoryEntry> history = List.of();

    public String load() {
        requirement = Messages.attempt(() -> requirements.find(ref), Map.of());
        if (requirement == null) {
            return "/inbox/tasks?faces-redirect=true";
        }
        if (!requirement.sealed()) {
            offers = requirements.offers(ref);
        }
        history = audit.historyOf(Requirements.SUBJECT, ref);
        return null;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public RequirementView getRequirement() {
        return requirement;
    }

    public List<OfferRow> getOffers() {
        return offers;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }
}
