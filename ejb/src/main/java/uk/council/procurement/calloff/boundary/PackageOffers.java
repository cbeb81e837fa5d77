package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.control.PackageWorkflow;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.DeclineReason;
import uk.council.procurement.calloff.entity.PackageOffer;
import uk.council.procurement.calloff.entity.PackageOfferStatus;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * The packages offered to a provider, and its answers: its own organisation's only (another's is "not
 * found"). Every answer locks the package first, so of several providers accepting at the same moment
 * exactly one gets it and the others are told it has gone.
 */
@Stateless
@RolesAllowed(Roles.PROVIDER)
public class PackageOffers {

    private static final String WHAT = "Package offer";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    PackageWorkflow workflow;

    @Inject
    uk.council.procurement.membership.control.Membership membership;

    @Inject
    Clock clock;

    /** The organisation's offers, open ones first, then the latest. */
    public List<OfferedPackage> mine() {
        var now = clock.instant();
        return em.createQuery("select o from PackageOffer o join fetch o.carePackage p join fetch p.lot l join fetch l.dps "
                        + "where o.provider.id = :provider order by case when o.status = :open then 0 else 1 end, "
                        + "o.offeredAt desc, o.id desc", PackageOffer.class)
                .setParameter("provider", currentUser.providerId().orElse(-1L))
                .setParameter("open", PackageOfferStatus.OFFERED).setMaxResults(500).getResultList().stream()
                .map(o -> view(o, now)).toList();
    }

    public OfferedPackage find(Long offerId) {
        var offer = em.find(PackageOffer.class, requireMine(offerId)[1]);
        return view(offer, clock.instant());
    }

    /** Accepts the package: it is this provider's if its offer is open and nobody accepted first. */
    public OfferedPackage accept(Long offerId) {
        var ids = requireMine(offerId);
        var carePackage = em.find(CarePackage.class, ids[0], LockModeType.PESSIMISTIC_WRITE);
        var offer = em.find(PackageOffer.class, ids[1]); // read after the lock: whatever answered first is seen
        var now = clock.instant();
        if (offer.getStatus() == PackageOfferStatus.OFFERED && membership.eligibleLocations(offer.getLot(), null).stream()
                .noneMatch(l -> l.providerId().equals(offer.getProvider().getId()))) {
            throw new RuleViolation(offer.getProvider().getName() + " cannot take call-offs on lot " + offer.getLot().getCode()
                    + " now (suspended, its admission ended, or no location meets the lot's policy): it cannot take the package.");
        }
        var open = carePackage.getOffers().stream()
                .filter(o -> o.getStatus() == PackageOfferStatus.OFFERED && !o.getId().equals(offer.getId()))
                .map(o -> o.getProvider().getId()).distinct().toList();
        carePackage.accept(offer, currentUser.username(), now);
        em.flush();
        String reference = carePackage.getReference();
        var decision = decisions.of(Packages.SUBJECT, reference, "ACCEPTED").as(Roles.PROVIDER)
                .details(offer.getProvider().getName() + " accepted (" + offer.getStage().label() + ", round "
                        + offer.getRound() + ")")
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, offer.getProvider().getName() + " accepted package "
                        + reference + " (" + carePackage.getLot().getZone() + ").");
        open.forEach(p -> decision.tellProvider(p, reference, "Package " + reference + " has gone to another provider."));
        decision.record();
        workflow.answered(carePackage);
        return view(offer, now);
    }

    /** Declines the package with a reason; when the step's last provider declines, the cascade moves on at once. */
    public OfferedPackage decline(Long offerId, DeclineReason reason, String text) {
        var ids = requireMine(offerId);
        var carePackage = em.find(CarePackage.class, ids[0], LockModeType.PESSIMISTIC_WRITE);
        var offer = em.find(PackageOffer.class, ids[1]);
        var now = clock.instant();
        boolean last = carePackage.decline(offer, reason, text, currentUser.username(), now);
        em.lock(carePackage, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // its offers change: so does its version
        em.flush();
        decisions.of(Packages.SUBJECT, carePackage.getReference(), "DECLINED").as(Roles.PROVIDER)
                .because(reason.label() + (offer.getDeclineText() == null ? "" : ": " + offer.getDeclineText()))
                .details(offer.getProvider().getName() + " declined (" + offer.getStage().label() + ", round "
                        + offer.getRound() + ")")
                .record();
        if (last) {
            workflow.answered(carePackage);
        }
        return view(offer, now);
    }

    /** The package's id and the offer's, if the offer is this organisation's; "not found" otherwise. */
    private long[] requireMine(Long offerId) {
        if (offerId == null) {
            throw new RecordNotFound(WHAT, null);
        }
        var provider = currentUser.providerId().orElse(-1L);
        var found = em.createQuery("select o.carePackage.id from PackageOffer o where o.id = :id and o.provider.id = :provider",
                        Long.class)
                .setParameter("id", offerId).setParameter("provider", provider).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound(WHAT, offerId));
        return new long[] {found, offerId};
    }

    static OfferedPackage view(PackageOffer o, Instant now) {
        var p = o.getCarePackage();
        boolean open = o.getStatus() == PackageOfferStatus.OFFERED && now.isBefore(o.getWindowEndsAt());
        return new OfferedPackage(o.getId(), p.getReference(), p.getLot().getDps().getReference(), p.getLot().getZone(),
                p.getNeeds(), p.getPostcode(), p.getStartDate(), p.getUrgency().label(), p.getWeeklyHours(),
                p.getHourlyRate(), p.weeklyCost(), p.getVisits(), VisitView.of(p.getSchedule()), o.getStage().label(), o.getOfferedAt(),
                o.getWindowEndsAt(), o.getStatus().name(),
                o.getStatus() == PackageOfferStatus.OFFERED && !open ? "Time to answer ended "
                        + UkFormat.dateTime(o.getWindowEndsAt()) : o.getStatus().label(),
                open, o.getDeclineReason() == null ? null : o.getDeclineReason().label(), o.getDeclineText());
    }
}
