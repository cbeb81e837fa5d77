package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
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
        // A CQC provider id typed just now is saved first: the location is checked against it.
        String typed = form.getCqcProviderId() == null || form.getCqcProviderId().isBlank() ? null
                : form.getCqcProviderId().strip().toUpperCase(java.util.Locale.UK);
        if (!java.util.Objects.equals(typed, provider.cqcProviderId()) && !saveDetails(formId)) {
            return;
        }
        var saved = Messages.attempt(() -> providers.addLocation(provider.id(), location.getLocationId()),
                LocationForm.fields(formId));
        if (saved != null) {
            provider = saved;
            var added = saved.locations().stream().filter(l -> l.locationId().equalsIgnoreCase(location.getLocationId().strip()))
                    .findFirst();
            Messages.info("Location added from the CQC register", added.map(l -> l.locationId() + " " + l.name()
                    + " (" + l.ratingLabel() + ")").orElse(location.getLocationId()));
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
