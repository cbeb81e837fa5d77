package uk.council.procurement.onboarding.boundary;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.onboarding.entity.Admission;
import uk.council.procurement.onboarding.entity.AdmissionStatus;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/** Who is admitted to which lot, and which of their locations may receive call-offs today. */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class Admissions {

    public record AdmissionView(String dpsReference, Long lotId, String lotCode, String lotTitle, Long providerId,
            String providerName, AdmissionStatus status, String statusLabel, LocalDate admittedOn,
            String suspensionReason, String applicationReference) {

        static AdmissionView of(Admission a) {
            return new AdmissionView(a.getLot().getDps().getReference(), a.getLot().getId(), a.getLot().getCode(),
                    a.getLot().getTitle(), a.getProvider().getId(), a.getProvider().getName(), a.getStatus(),
                    a.getStatus().label(), a.getAdmittedOn(), a.getSuspensionReason(),
                    a.getApplication().getReference());
        }
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    /**
     * Locations of providers actively admitted to the lot whose current rating meets the lot's
     * minimum for new call-offs: one query, as call-offs will ask this many times a minute.
     */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<EligibleLocation> eligibleLocations(Long lotId) {
        var lot = lotId == null ? null : em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFound("Lot", lotId);
        }
        var ratings = Arrays.stream(CqcRating.values()).filter(lot.getEligibility()::allowsCallOffsFor).toList();
        return em.createQuery("select new " + EligibleLocation.class.getName()
                        + "(p.id, p.name, l.locationId, l.name, l.postcode, l.rating) "
                        + "from Admission a join a.provider p join p.locations l "
                        + "where a.lot = :lot and a.status = :active and l.rating in :ratings "
                        + "order by p.name, l.name", EligibleLocation.class)
                .setParameter("lot", lot)
                .setParameter("active", AdmissionStatus.ACTIVE)
                .setParameter("ratings", ratings)
                .getResultList();
    }

    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<AdmissionView> ofLot(Long lotId) {
        return em.createQuery("select a from Admission a join fetch a.provider join fetch a.lot l join fetch l.dps "
                        + "join fetch a.application where l.id = :lot order by a.provider.name", Admission.class)
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
        return em.createQuery("select a from Admission a join fetch a.provider p join fetch a.lot l join fetch l.dps "
                        + "join fetch a.application where p.id = :provider order by l.dps.reference, l.code", Admission.class)
                .setParameter("provider", providerId).getResultStream().map(AdmissionView::of).toList();
    }
}
