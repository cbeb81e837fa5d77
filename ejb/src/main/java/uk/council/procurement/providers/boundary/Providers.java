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

import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.providers.control.CqcApi;
import uk.council.procurement.providers.control.CqcIds;
import uk.council.procurement.providers.entity.RatingSource;
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
    Decisions decisions;

    @Inject
    Accounts accounts;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    @Inject
    CqcApi cqc;

    /** A care provider registers its organisation and its first user, who can then sign in. */
    @PermitAll
    public ProviderView register(Registration registration) {
        if (registration == null || registration.organisation() == null) {
            throw new InvalidInput("organisation", "Give the organisation's details");
        }
        var provider = validation.check(new ProviderOrganisation(registration.organisation(), clock.instant()));
        requireNameFree(provider.getName(), null);
        requireKnownCqcProvider(registration.organisation(), null);
        if (accounts.exists(registration.username())) {
            throw new InvalidInput("username", "The username " + registration.username() + " is taken; choose another");
        }
        em.persist(provider);
        accounts.createProviderUser(registration.username(), registration.password(), registration.fullName(),
                registration.email(), provider);
        decisions.of(SUBJECT, provider.getId().toString(), "REGISTERED")
                .details(provider.getName() + " registered with user " + registration.username()).record();
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
        uk.council.procurement.platform.Search.page(first, max);
        String contains = uk.council.procurement.platform.Search.contains(nameContains);
        String pattern = contains == null ? "%" : contains;
        String like = " like :name" + uk.council.procurement.platform.Search.ESCAPE;
        long total = em.createQuery("select count(p) from ProviderOrganisation p where lower(p.name)" + like, Long.class)
                .setParameter("name", pattern).getSingleResult();
        List<ProviderView> rows = em.createQuery("select p from ProviderOrganisation p where lower(p.name)" + like
                        + " order by p.name, p.id", ProviderOrganisation.class)
                .setParameter("name", pattern)
                .setFirstResult(first).setMaxResults(max)
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
        if (!java.util.Objects.equals(cqcProviderId(details), provider.getCqcProviderId())) {
            requireKnownCqcProvider(details, provider.getId());
        }
        provider.update(details);
        validation.check(provider);
        Versions.flush(em, "Organisation", provider.getName());
        decisions.of(SUBJECT, id.toString(), "DETAILS_UPDATED")
                .details("Organisation details updated").record();
        return ProviderView.of(provider);
    }

    /**
     * Lists a location by its CQC location id; its details and rating come from the CQC register.
     * Refused if CQC does not know it, lists it under another provider, or another organisation
     * already holds it.
     */
    @RolesAllowed({Roles.PROVIDER, Roles.PROCUREMENT_OFFICER, Roles.QUALITY_OFFICER})
    public ProviderView addLocation(Long id, String cqcLocationId) {
        var provider = load(id);
        String locationId = CqcIds.location(cqcLocationId);
        var holder = em.createQuery("select l.provider.id from CqcLocation l where l.locationId = :id", Long.class)
                .setParameter("id", locationId).getResultStream().findFirst();
        if (holder.isPresent()) {
            throw new RuleViolation(holder.get().equals(provider.getId())
                    ? "Location " + locationId + " is already listed for " + provider.getName() + "."
                    : "Location " + locationId + " is already held by another organisation. If it is yours, "
                            + "ask the council's quality team to transfer it.");
        }
        if (provider.getCqcProviderId() == null) {
            throw new InvalidInput("cqcProviderId", "Record the organisation's CQC provider id before adding locations");
        }
        var record = cqc.location(locationId).orElseThrow(() -> new InvalidInput("locationId",
                "CQC does not know a location " + locationId + "; check the id on the CQC website"));
        var location = provider.addLocation(record, RatingSource.CQC_SYNC, currentUser.username(), clock.instant());
        Versions.flush(em, "Organisation", provider.getName());
        decisions.of(SUBJECT, id.toString(), "LOCATION_ADDED")
                .details(location.getLocationId() + " " + location.getName() + " from the CQC register ("
                        + location.getRating().label() + ")").record();
        return ProviderView.of(provider);
    }

    @RolesAllowed({Roles.PROVIDER, Roles.QUALITY_OFFICER})
    public ProviderView removeLocation(Long id, String locationId) {
        var provider = load(id);
        var location = provider.location(locationId).orElseThrow(() -> new RecordNotFound("Location", locationId));
        boolean covered = !em.createQuery("select a.id from Admission a join a.locations l where l = :location",
                Long.class).setParameter("location", location).setMaxResults(1).getResultList().isEmpty();
        boolean evaluated = !em.createQuery("select a.id from Application a join a.locations l "
                + "where a.provider = :provider and l.locationId = :id", Long.class)
                .setParameter("provider", provider).setParameter("id", location.getLocationId())
                .setMaxResults(1).getResultList().isEmpty();
        if (covered || evaluated) {
            throw new RuleViolation("Location " + location.getLocationId() + " is part of an application or an "
                    + "admission and stays on record; CQC's register says whether it is still registered.");
        }
        provider.removeLocation(locationId);
        decisions.of(SUBJECT, id.toString(), "LOCATION_REMOVED")
                .details(locationId).record();
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

    private static String cqcProviderId(OrganisationDetails details) {
        return details.cqcProviderId() == null || details.cqcProviderId().isBlank() ? null
                : CqcIds.provider(details.cqcProviderId());
    }

    /** A CQC provider id must be one CQC knows, and not recorded for another organisation. */
    private void requireKnownCqcProvider(OrganisationDetails details, Long except) {
        String cqcId = cqcProviderId(details);
        if (cqcId == null) {
            return;
        }
        boolean taken = em.createQuery("select p.id from ProviderOrganisation p where p.cqcProviderId = :id", Long.class)
                .setParameter("id", cqcId).getResultStream().anyMatch(found -> !found.equals(except));
        if (taken) {
            throw new InvalidInput("cqcProviderId", "CQC provider " + cqcId + " is already recorded for another "
                    + "organisation. If it is yours, ask the council's quality team.");
        }
        if (cqc.providerLocations(cqcId).isEmpty()) {
            throw new InvalidInput("cqcProviderId", "CQC does not know a provider " + cqcId
                    + "; check the id on the CQC website");
        }
    }

    private void requireNameFree(String name, Long except) {
        boolean taken = em.createQuery("select p.id from ProviderOrganisation p where lower(p.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase(Locale.UK)).getResultStream()
                .anyMatch(found -> !found.equals(except));
        if (taken) {
            throw new InvalidInput("name", "An organisation called " + name + " is already registered");
        }
    }

}
