package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.CriteriaTemplates;
import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.boundary.TemplateView;
import uk.council.procurement.web.faces.Messages;

/** The lots' criteria templates (calloff/templates.xhtml), optionally of one lot; officers delete them here. */
@Named
@ViewScoped
public class TemplateList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CriteriaTemplates templates;

    @EJB
    transient Requirements requirements;

    private List<LotChoice> lots = List.of();
    private Long lotId;
    private List<TemplateView> rows = List.of();

    @PostConstruct
    void init() {
        lots = requirements.lotChoices();
        refresh();
    }

    public void refresh() {
        rows = templates.list(lotId);
    }

    public void delete(TemplateView template) {
        if (Messages.attempt(() -> templates.delete(template.id(), template.version()), Map.of())) {
            Messages.info("Template deleted", "\"" + template.name() + "\" was deleted; requirements raised from it keep "
                    + "their criteria.");
        }
        refresh();
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

    public List<TemplateView> getRows() {
        return rows;
    }
}
