package uk.council.procurement.membership.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.providers.control.CqcIds;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Who is admitted to which lot, the suspension and lifting of an admission, the locations it
 * covers, and the question call-offs ask many times a minute: which locations may receive a new
 * call-off on a lot today.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class Admissions {

    /** Furthest distance a search may ask for, in kilometres (England is about 650 km long). */
    public static final int MAX_DISTANCE_KM = 1000;

    public record AdmissionView(Long id, long version, String dpsReference, Long lotId, String lotCode,
            String lotTitle, Long providerId, String providerName, AdmissionStatus status, String statusLabel,
            LocalDate admittedOn, String suspensionReason, LocalDate suspendedOn, String suspendedBy,
            boolean liftingNeedsLead, String applicationReference, List<String> coveredLocationIds) {

        static AdmissionView of(Admission a) {
            return new AdmissionView(a.getId(), a.getVersion(), a.getLot().getDps().getReference(), a.getLot().getId(),
                    a.getLot().getCode(), a.getLot().getTitle(), a.getProvider().getId(), a.getProvider().getName(),
                    a.getStatus(), a.getStatus().label(), a.getAdmittedOn(), a.getSuspensionReason(),
                    a.getSuspendedOn(), a.getSuspendedBy(), a.isLiftingNeedsLead(),
                    a.getApplication() == null ? null : a.getApplication().getReference(),
                    a.getLocations().stream().map(l -> l.getLocationId()).sorted().toList());
        }
    }

    /** A point and a radius: only locations within it. */
    public record Near(BigDecimal latitude, BigDecimal longitude, Integer km) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Decisions decisions;

    @Inject
    Membership membership;

    @Inject
    Clock clock;

    /** The eligibility query ({@link Membership#eligibleLocations}), for staff: optionally within a distance. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<EligibleLocation> eligibleLocations(Long lotId, Near near) {
        var lot = lotId == null ? null : em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFound("Lot", lotId);
        }
        if (near != null) {
            checkNear(near);
        }
        return membership.eligibleLocations(lot, near);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<AdmissionView> ofLot(Long lotId) {
        return em.createQuery("select a from Admission a join fetch a.provider join fetch a.lot l join fetch l.dps "
                        + "left join fetch a.application where l.id = :lot order by a.provider.name", Admission.class)
                .setParameter("lot", lotId).getResultStream().map(AdmissionView::of).toList();
    }

    /** The caller's own organisation's admissions (provider users). */
    @RolesAllowed(Roles.PROVIDER)
    public List<AdmissionView> mine() {
        return currentUser.providerId().map(this::ofProvider).orElse(List.of());
    }

    /** A provider's admissions; a provider user gets only its own organisation's. */
    public List<AdmissionView> ofProvider(Long providerId) {
        currentUser.requireOwnOrganisation(providerId, "Provider", providerId);
        if (providerId == null || em.find(uk.council.procurement.providers.entity.ProviderOrganisation.class, providerId) == null) {
            throw new RecordNotFound("Provider", providerId);
        }
        return em.createQuery("select a from Admission a join fetch a.provider p join fetch a.lot l join fetch l.dps "
                        + "left join fetch a.application where p.id = :provider order by l.dps.reference, l.code", Admission.class)
                .setParameter("provider", providerId).getResultStream().map(AdmissionView::of).toList();
    }

    public AdmissionView find(Long id) {
        var admission = load(id);
        return AdmissionView.of(admission);
    }

    /** An officer or lead suspends an admission from new call-offs, with a reason. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD})
    public AdmissionView suspend(Long id, long version, String reason, boolean liftingNeedsLead) {
        var admission = load(id);
        Versions.expect(admission.getVersion(), version, "Admission", id);
        admission.suspend(reason, LocalDate.now(clock), currentUser.username(), liftingNeedsLead);
        Versions.flush(em, "Admission", id);
        decisions.of(Membership.SUBJECT, id.toString(), "SUSPENDED").because(admission.getSuspensionReason())
                .details(describe(admission) + (admission.isLiftingNeedsLead() ? "; a commissioning lead lifts it" : ""))
                .tellProvider(admission.getProvider().getId(), admission.getLot().getDps().getReference(),
                        "Suspended from new call-offs on lot " + admission.getLot().getCode() + ": "
                                + admission.getSuspensionReason())
                .record();
        return AdmissionView.of(admission);
    }

    /** Lifts a suspension; a suspension for a rating (or marked so) needs a commissioning lead. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD})
    public AdmissionView lift(Long id, long version, String reason) {
        var admission = load(id);
        Versions.expect(admission.getVersion(), version, "Admission", id);
        String was = admission.getSuspensionReason();
        admission.lift(currentUser.isInRole(Roles.COMMISSIONING_LEAD), reason);
        String why = reason.strip();
        Versions.flush(em, "Admission", id);
        decisions.of(Membership.SUBJECT, id.toString(), "SUSPENSION_LIFTED").as(Roles.COMMISSIONING_LEAD).because(why)
                .details(describe(admission) + "; was suspended: " + was)
                .tellProvider(admission.getProvider().getId(), admission.getLot().getDps().getReference(),
                        "Your suspension on lot " + admission.getLot().getCode() + " is lifted: " + why)
                .record();
        return AdmissionView.of(admission);
    }

    /** An officer adds a location the organisation listed after admission, once it has been checked. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public AdmissionView cover(Long id, long version, String locationId) {
        var admission = load(id);
        Versions.expect(admission.getVersion(), version, "Admission", id);
        String cqcId = CqcIds.location(locationId);
        var location = admission.getProvider().location(cqcId).orElseThrow(() -> new InvalidInput("locationId",
                admission.getProvider().getName() + " does not list location " + cqcId));
        admission.cover(location);
        Versions.flush(em, "Admission", id);
        decisions.of(Membership.SUBJECT, id.toString(), "LOCATION_COVERED").as(Roles.PROCUREMENT_OFFICER)
                .details(location.getLocationId() + " " + location.getName() + " added to " + describe(admission))
                .record();
        return AdmissionView.of(admission);
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
    public List<uk.council.procurement.audit.boundary.HistoryEntry> history(Long id) {
        load(id);
        return audit.eventsOf(Membership.SUBJECT, id.toString());
    }

    private Admission load(Long id) {
        var admission = id == null ? null : em.find(Admission.class, id);
        if (admission == null) {
            throw new RecordNotFound("Admission", id);
        }
        currentUser.requireOwnOrganisation(admission.getProvider().getId(), "Admission", id);
        return admission;
    }

    private static void checkNear(Near near) {
        if (near.latitude() == null || near.longitude() == null || near.km() == null) {
            throw new InvalidInput("near", "Give a latitude, a longitude and a distance in km, or none of them");
        }
        if (near.latitude().abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new InvalidInput("latitude", "Must be between -90 and 90");
        }
        if (near.longitude().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new InvalidInput("longitude", "Must be between -180 and 180");
        }
        if (near.km() < 1 || near.km() > MAX_DISTANCE_KM) {
            throw new InvalidInput("km", "Must be between 1 and " + MAX_DISTANCE_KM);
        }
    }

    private static String describe(Admission a) {
        return a.getProvider().getName() + " on lot " + a.getLot().getCode() + " of " + a.getLot().getDps().getReference();
    }
}
