package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.web.faces.Messages;

/**
 * The provider user's own organisation and its CQC locations: on the organisation page and as the
 * first step of an application (WEB-INF/fragments/organisation.xhtml, placed in a form).
 */
@Named
@ViewScoped
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Providers providers;

    private ProviderView provider;
    private OrganisationForm form;
    private LocationForm location = new LocationForm();

    @PostConstruct
    void load() {
        show(providers.mine());
    }

    private void show(ProviderView view) {
        provider = view;
        form = OrganisationForm.of(view);
    }

    /** Saves the details typed into the form with the given id; false (with messages) if refused. */
    public boolean saveDetails(String formId) {
        var saved = Messages.attempt(() -> providers.updateDetails(provider.id(), provider.version(), form.toDetails()),
                OrganisationForm.fields(formId));
        if (saved == null) {
            return false;
        }
        show(saved);
        return true;
    }

    public void save(String formId) {
        if (saveDetails(formId)) {
            Messages.info("Organisation saved", provider.name());
        }
    }

    public void addLocation(String formId) {
        var saved = Messages.attempt(() -> providers.addLocation(provider.id(), location.toDetails()),
                LocationForm.fields(formId));
        if (saved != null) {
            provider = saved;
            Messages.info("Location added", location.getLocationId() + " " + location.getName());
            location = new LocationForm();
        }
    }

    public void removeLocation(String locationId) {
        var saved = Messages.attempt(() -> providers.removeLocation(provider.id(), locationId), Map.of());
        if (saved != null) {
            provider = saved;
            Messages.info("Location removed", locationId);
        }
    }

    public CqcRating[] getRatings() {
        return CqcRating.values();
    }

    public ProviderView getProvider() {
        return provider;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public LocationForm getLocation() {
        return location;
    }
}
