package uk.council.procurement.web.calloff;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.calloff.boundary.CriteriaTemplates;
import uk.council.procurement.calloff.boundary.LotChoice;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.boundary.TemplateView;
import uk.council.procurement.web.faces.Messages;

/** Writing a new criteria template for a lot, or changing one (calloff/template.xhtml?id=). */
@Named
@ViewScoped
public class TemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "templateForm";

    @EJB
    transient CriteriaTemplates templates;

    @EJB
    transient Requirements requirements;

    private Long id;
    private long version;
    private Long lotId;
    private String lotLabel;
    private String name;
    private String changed;
    private List<LotChoice> lots = List.of();
    private final CriteriaEditor editor = new CriteriaEditor();

    public String load() {
        if (id == null) {
            lots = requirements.lotChoices();
            return null;
        }
        TemplateView found = Messages.attempt(() -> templates.find(id), Map.of());
        if (found == null) {
            return "/calloff/templates?faces-redirect=true";
        }
        show(found);
        return null;
    }

    private void show(TemplateView t) {
        version = t.version();
        lotId = t.lotId();
        lotLabel = t.lotLabel();
        name = t.name();
        changed = t.changedBy() + ", " + uk.council.procurement.platform.UkFormat.dateTime(t.changedAt());
        editor.set(t.criteria());
    }

    public String save() {
        var fields = new HashMap<String, String>(Map.of("lotId", FORM + ":lot", "name", FORM + ":name"));
        editor.fields(FORM, fields);
        TemplateView saved = id == null
                ? Messages.attempt(() -> templates.create(lotId, name, editor.details()), fields)
                : Messages.attempt(() -> templates.change(id, version, name, editor.details()), fields);
        if (saved == null) {
            return null;
        }
        Messages.info("Template saved", "\"" + saved.name() + "\" of lot " + saved.lotCode() + " was saved.");
        return "/calloff/templates?faces-redirect=true";
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getLotId() {
        return lotId;
    }

    public void setLotId(Long lotId) {
        this.lotId = lotId;
    }

    public String getLotLabel() {
        return lotLabel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getChanged() {
        return changed;
    }

    public List<LotChoice> getLots() {
        return lots;
    }

    public CriteriaEditor getEditor() {
        return editor;
    }
}
