package uk.council.procurement.providers.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.security.control.Accounts;

/**
 * Provider organisations: registration (open to anyone), their details and CQC locations. A
 * provider user reaches only its own organisation; council staff reach all.
 */
@Stateless
public class Providers {

    static final String SUBJECT = "PROVIDER";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Accounts accounts;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    /** A care provider registers its organisation and its first user, who can then sign in. */
    @PermitAll
    public ProviderView register(Registration registration) {
        if (registration == null || registration.organisation() == null) {
            throw new InvalidInput("organisation", "Give the organisation's details");
        }
        var provider = validation.check(new ProviderOrganisation(registration.organisation(), clock.instant()));
        requireNameFree(provider.getName(), null);
        if (accounts.exists(registration.username())) {
            throw new InvalidInput("username", "The username " + registration.username() + " is taken; choose another");
        }
        em.persist(provider);
        accounts.createProviderUser(registration.username(), registration.password(), registration.fullName(),
                registration.email(), provider);
        audit.record(SUBJECT, provider.getId().toString(), "REGISTERED", null,
                provider.getName() + " registered with user " + registration.username());
        return ProviderView.of(provider);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
    public ProviderView find(Long id) {
        return ProviderView.of(load(id));
    }

    /** The caller's own organisation (provider users only). */
    @RolesAllowed(Roles.PROVIDER)
    public ProviderView mine() {
        return find(currentUser.providerId().orElseThrow(() -> new RecordNotFound("Organisation of", currentUser.username())));
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public Page<ProviderView> list(String nameContains, int first, int max) {
        String pattern = "%" + (nameContains == null ? "" : nameContains.trim().toLowerCase(Locale.UK)) + "%";
        long total = em.createQuery("select count(p) from ProviderOrganisation p where lower(p.name) like :name", Long.class)
                .setParameter("name", pattern).getSingleResult();
        List<ProviderView> rows = em.createQuery("select p from ProviderOrganisation p where lower(p.name) like :name "
                        + "order by p.name", ProviderOrganisation.class)
                .setParameter("name", pattern)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(ProviderView::of).toList();
        return new Page<>(rows, total);
    }

    @RolesAllowed({Roles.PROVIDER, Roles.PROCUREMENT_OFFICER})
    public ProviderView updateDetails(Long id, long version, OrganisationDetails details) {
        var provider = load(id);
        Versions.expect(provider.getVersion(), version, "Organisation", provider.getName());
        if (details == null) {
            throw new InvalidInput("organisation", "Give the organisation's details");
        }
        if (details.name() != null) {
            requireNameFree(details.name().trim(), provider.getId());
        }
        provider.update(details);
        validation.check(provider);
        Versions.flush(em, "Organisation", provider.getName());
        audit.record(SUBJECT, id.toString(), "DETAILS_UPDATED", null, "Organisation details updated");
        return ProviderView.of(provider);
    }

    @RolesAllowed({Roles.PROVIDER, Roles.QUALITY_OFFICER})
    public ProviderView addLocation(Long id, LocationDetails location) {
        var provider = load(id);
        if (location == null) {
            throw new InvalidInput("location", "Give the location's details");
        }
        String locationId = location.locationId() == null ? null : location.locationId().trim().toUpperCase(Locale.UK);
        if (locationId != null && !em.createQuery("select l.id from CqcLocation l where l.locationId = :id", Long.class)
                .setParameter("id", locationId).getResultList().isEmpty()) {
            throw new InvalidInput("locationId", "Location " + locationId + " is already registered here");
        }
        validation.check(provider.addLocation(location.locationId(), location.name(), location.postcode(),
                location.rating() == null ? CqcRating.NOT_YET_RATED : location.rating(), location.ratingDate()));
        audit.record(SUBJECT, id.toString(), "LOCATION_ADDED", null, describe(location));
        return ProviderView.of(provider);
    }

    @RolesAllowed({Roles.PROVIDER, Roles.QUALITY_OFFICER})
    public ProviderView rateLocation(Long id, String locationId, CqcRating rating, java.time.LocalDate ratingDate) {
        var provider = load(id);
        var location = provider.location(locationId).orElseThrow(() -> new RecordNotFound("Location", locationId));
        if (rating == null) {
            throw new InvalidInput("rating", "Choose a rating");
        }
        CqcRating before = location.getRating();
        location.rate(rating, ratingDate);
        validation.check(location);
        audit.record(SUBJECT, id.toString(), "LOCATION_RATED", null, location.getLocationId() + " " + location.getName()
                + ": " + before.label() + " -> " + rating.label());
        return ProviderView.of(provider);
    }

    @RolesAllowed({Roles.PROVIDER, Roles.QUALITY_OFFICER})
    public ProviderView removeLocation(Long id, String locationId) {
        var provider = load(id);
        provider.removeLocation(locationId);
        audit.record(SUBJECT, id.toString(), "LOCATION_REMOVED", null, locationId);
        return ProviderView.of(provider);
    }

    private ProviderOrganisation load(Long id) {
        var provider = id == null ? null : em.find(ProviderOrganisation.class, id);
        if (provider == null) {
            throw new RecordNotFound("Provider", id);
        }
        currentUser.requireOwnOrganisation(provider.getId(), "Provider", id);
        return provider;
    }

    private void requireNameFree(String name, Long except) {
        boolean taken = em.createQuery("select p.id from ProviderOrganisation p where lower(p.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.UK)).getResultStream()
                .anyMatch(found -> !found.equals(except));
        if (taken) {
            throw new InvalidInput("name", "An organisation called " + name + " is already registered");
        }
    }

    private static String describe(LocationDetails l) {
        return l.locationId() + " " + l.name() + " (" + (l.rating() == null ? "not yet rated" : l.rating().label()) + ")";
    }
}
