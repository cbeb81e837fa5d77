package uk.council.procurement.membership.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.Arrays;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.boundary.Admissions;
import uk.council.procurement.platform.GreatCircle;
import uk.council.procurement.membership.boundary.EligibleLocation;
import uk.council.procurement.providers.entity.RatingSource;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.providers.boundary.LocationRated;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * The rules of membership that other capabilities reach: admitting an application's lots within
 * each lot's cap, and applying each lot's policy the moment a covered location's rating changes.
 * Runs in the caller's transaction.
 */
@ApplicationScoped
public class Membership {

    public static final String SUBJECT = "ADMISSION";

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @EJB
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    uk.council.procurement.contracts.control.ContractRegister contractRegister;

    /**
     * The admissions of an accepted application: one per admitted lot, covering the locations that
     * were evaluated. The lot row is locked while its places are counted, so two admissions cannot
     * both take a lot's last place.
     */
    public List<Admission> admit(Application application) {
        var evaluated = application.evaluatedLocationIds();
        var covered = application.getProvider().getLocations().stream()
                .filter(l -> evaluated.contains(l.getLocationId())).toList();
        LocalDate today = LocalDate.now(clock);
        var admissions = application.admit().stream().map(decided -> {
            Lot lot = em.find(Lot.class, decided.getLot().getId(), LockModeType.PESSIMISTIC_WRITE);
            requireRoom(lot);
            var admission = new Admission(application.getProvider(), lot, application, decided.getOutcome(),
                    decided.getOutcomeReason(), covered, today, currentUser.username());
            em.persist(admission);
            return admission;
        }).toList();
        if (!admissions.isEmpty()) {
            contractRegister.ensureAgreement(application.getProvider(), application.getDps(), today,
                    currentUser.username());
        }
        em.flush();
        return admissions;
    }

    /** Refuses when the lot already holds as many providers as its cap allows. */
    public void requireRoom(Lot lot) {
        if (lot.getMaxProviders() == null) {
            return;
        }
        long held = placesHeld(lot);
        if (held >= lot.getMaxProviders()) {
            throw new RuleViolation("Lot " + lot.getCode() + " is full: it admits up to " + lot.getMaxProviders()
                    + " providers and " + held + " are admitted.");
        }
    }

    public long placesHeld(Lot lot) {
        return em.createQuery("select count(a) from Admission a where a.lot = :lot and a.status in :holding", Long.class)
                .setParameter("lot", lot)
                .setParameter("holding", List.of(AdmissionStatus.ACTIVE, AdmissionStatus.SUSPENDED))
                .getSingleResult();
    }

    /**
     * A covered location's rating changed: where a lot admits Inadequate providers but suspends them,
     * an Inadequate rating suspends the admission at once (only a lead lifts it). A location that falls
     * below a lot's minimum drops out of the eligibility query by itself; the officers are told.
     */
    void onRatingChange(@Observes LocationRated event) {
        var change = event.change();
        var location = change.location();
        var admissions = em.createQuery("select a from Admission a join a.locations l join fetch a.lot "
                        + "where l = :location and a.status = :active", Admission.class)
                .setParameter("location", location).setParameter("active", AdmissionStatus.ACTIVE)
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        for (var admission : admissions) {
            var lot = admission.getLot();
            if (change.after() == CqcRating.INADEQUATE && lot.getEligibility().isAdmitInadequateSuspended()) {
                String reason = location.getName() + " (" + location.getLocationId() + ") rated Inadequate on "
                        + UkFormat.date(change.ratingDate() != null ? change.ratingDate() : today);
                admission.suspend(reason, today, event.by(), true);
                String message = "Suspended from new call-offs on lot " + lot.getCode() + " of "
                        + lot.getDps().getReference() + ": " + reason + ".";
                decisions.of(SUBJECT, admission.getId().toString(), "SUSPENDED").because(reason)
                        .details(admission.getProvider().getName() + " suspended on lot " + lot.getCode()
                                + " by the lot's policy; a commissioning lead lifts it")
                        .tellProvider(admission.getProvider().getId(), lot.getDps().getReference(), message)
                        .tellRole(Roles.PROCUREMENT_OFFICER, lot.getDps().getReference(),
                                admission.getProvider().getName() + ": " + message)
                        .tellRole(Roles.COMMISSIONING_LEAD, lot.getDps().getReference(),
                                admission.getProvider().getName() + ": " + message)
                        .record();
            } else if (!location.isRegistered() || !lot.getEligibility().allowsCallOffsFor(change.after())) {
                String message = location.getName() + " (" + admission.getProvider().getName() + ") no longer receives "
                        + "call-offs on lot " + lot.getCode() + ": " + (location.isRegistered()
                                ? "rated " + change.after().label().toLowerCase(Locale.UK) + ", the lot needs "
                                        + lot.getEligibility().getMinimumRating().label().toLowerCase(Locale.UK)
                                        + " or better" : "deregistered with CQC") + ".";
                decisions.of(SUBJECT, admission.getId().toString(), "LOCATION_NOT_ELIGIBLE").details(message)
                        .tellRole(Roles.PROCUREMENT_OFFICER, lot.getDps().getReference(), message)
                        .record();
            }
        }
    }


    /**
     * Locations that may receive a new call-off on the lot today, in one query: the organisation's
     * admission to the lot is active and covers the location; the location is registered with CQC,
     * offers the lot's service type, and its verified current rating meets the lot's policy; and the
     * organisation's agreement under the market (where one is registered) has not ended.
     * Optionally only those within a distance of a point (equirectangular distance on CQC's
     * coordinates: exact enough at county scale, and plain arithmetic in any database).
     */
    public List<EligibleLocation> eligibleLocations(Lot lot, Admissions.Near near) {
        var ratings = Arrays.stream(CqcRating.values()).filter(lot.getEligibility()::allowsCallOffsFor).toList();
        var verified = Arrays.stream(RatingSource.values()).filter(RatingSource::isVerified).toList();
        String distance = "";
        if (near != null) {
            // a box around the circle first (plain comparisons), then the circle itself
            distance = " and l.latitude between :latMin and :latMax and l.longitude between :lonMin and :lonMax"
                    + " and ((l.longitude - :lon) * :cosLat) * ((l.longitude - :lon) * :cosLat)"
                    + " + (l.latitude - :lat) * (l.latitude - :lat) <= :maxDegreesSquared";
        }
        var query = em.createQuery("select new " + EligibleLocation.class.getName()
                        + "(p.id, p.name, l.locationId, l.name, l.postcode, l.rating, l.ratingDate, l.latitude, l.longitude) "
                        + "from Admission a join a.provider p join a.locations l join l.serviceTypes s "
                        + "where a.lot = :lot and a.status = :active and l.registered = true "
                        + "and l.rating in :ratings and l.ratingSource in :verified and s = :serviceType"
                        + " and not exists (select c.id from Contract c where c.kind = :agreement and c.provider = p"
                        + " and c.dps = :dps and (c.currentExpiry < :today or c.commencement > :today))" + distance
                        + " order by p.name, l.name", EligibleLocation.class)
                .setParameter("lot", lot)
                .setParameter("active", AdmissionStatus.ACTIVE)
                .setParameter("ratings", ratings)
                .setParameter("verified", verified)
                .setParameter("serviceType", lot.getCareSetting().cqcServiceType())
                .setParameter("agreement", uk.council.procurement.contracts.entity.ContractKind.AGREEMENT)
                .setParameter("dps", lot.getDps())
                .setParameter("today", LocalDate.now(clock));
        if (near != null) {
            // 2 % wider than the circle: the great-circle filter below decides who is in
            double degrees = near.km() / 111.195 * 1.02;
            double cosLat = Math.cos(Math.toRadians(near.latitude().doubleValue()));
            double lonDegrees = cosLat < 0.01 ? 180 : Math.min(180, degrees / cosLat);
            query.setParameter("lat", near.latitude()).setParameter("lon", near.longitude())
                    .setParameter("latMin", near.latitude().subtract(BigDecimal.valueOf(degrees)))
                    .setParameter("latMax", near.latitude().add(BigDecimal.valueOf(degrees)))
                    .setParameter("lonMin", near.longitude().subtract(BigDecimal.valueOf(lonDegrees)))
                    .setParameter("lonMax", near.longitude().add(BigDecimal.valueOf(lonDegrees)))
                    .setParameter("cosLat", BigDecimal.valueOf(cosLat))
                    .setParameter("maxDegreesSquared", BigDecimal.valueOf(degrees * degrees));
        }
        if (near == null) {
            return query.getResultList();
        }
        // the query's flat-map circle is a close first cut; the great-circle distance decides at the edge
        double lat = near.latitude().doubleValue();
        double lon = near.longitude().doubleValue();
        return query.getResultList().stream().filter(l -> GreatCircle.km(lat, lon, l.latitude().doubleValue(),
                l.longitude().doubleValue()) <= near.km()).toList();
    }
}
