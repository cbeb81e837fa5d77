package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.calloff.control.PackageWorkflow;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.CarePackageDetails;
import uk.council.procurement.calloff.entity.PackageOffer;
import uk.council.procurement.calloff.entity.PackageStatus;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.Search;
import uk.council.procurement.platform.Texts;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Care-at-home packages as council staff handle them: an officer raises one in a zone and the cascade
 * offers it on (the {@code packageCascade} process); staff follow who was offered it, who declined and
 * why; when nobody accepts, an officer offers it again or records how the care was arranged.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class Packages {

    public static final String SUBJECT = "PACKAGE";
    static final String WHAT = "Package";

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    Validation validation;

    @Inject
    PackageWorkflow workflow;

    @Inject
    Clock clock;

    @EJB
    AuditTrail audit;

    /** Raises a package in a zone; the cascade starts offering it as soon as this commits. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public PackageView raise(Long lotId, CarePackageDetails details) {
        if (lotId == null) {
            throw new InvalidInput("lotId", "Choose the zone");
        }
        var lot = em.find(Lot.class, lotId);
        if (lot == null) {
            throw new RecordNotFound("Lot", lotId);
        }
        var now = clock.instant();
        var carePackage = validation.check(new CarePackage(lot, details, currentUser.username(), now, today()));
        em.persist(carePackage);
        carePackage.assignReference(today().getYear());
        em.flush();
        decisions.of(SUBJECT, carePackage.getReference(), "RAISED").as(Roles.PROCUREMENT_OFFICER)
                .details(lot.getZone() + " (" + lot.getDps().getReference() + " lot " + lot.getCode() + "), "
                        + carePackage.getPostcode() + ", " + carePackage.getWeeklyHours().stripTrailingZeros().toPlainString()
                        + " hours a week at " + UkFormat.money(carePackage.getHourlyRate()) + " an hour from "
                        + UkFormat.date(carePackage.getStartDate()))
                .record();
        workflow.start(carePackage);
        return view(carePackage);
    }

    public PackageView find(String reference) {
        return view(load(reference));
    }

    /** Packages, newest first, optionally of one status and matching a text (reference, person, postcode, zone). */
    public Page<PackageSummary> list(String text, PackageStatus status, int first, int max) {
        Search.page(first, max);
        Search.text(text);
        String like = Search.contains(text);
        var clauses = new ArrayList<String>();
        if (status != null) {
            clauses.add("p.status = :status");
        }
        if (like != null) {
            clauses.add("(lower(p.reference) like :text" + Search.ESCAPE + " or lower(p.personReference) like :text"
                    + Search.ESCAPE + " or lower(p.postcode) like :text" + Search.ESCAPE + " or lower(l.zone) like :text"
                    + Search.ESCAPE + " or lower(l.code) like :text" + Search.ESCAPE + ")");
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        var query = em.createQuery("select p from CarePackage p join fetch p.lot l join fetch l.dps "
                + "left join fetch p.acceptedProvider" + where + " order by p.raisedAt desc, p.id desc", CarePackage.class);
        var count = em.createQuery("select count(p) from CarePackage p join p.lot l" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (like != null) {
            query.setParameter("text", like);
            count.setParameter("text", like);
        }
        var rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return new Page<>(rows.stream().map(p -> new PackageSummary(p.getReference(), p.getStatus(), p.getStatus().label(),
                p.getLot().getDps().getReference(), p.getLot().getCode(), p.getLot().getZone(), p.getPersonReference(),
                p.getPostcode(), p.getStartDate(), p.getUrgency().label(), p.getWeeklyHours(),
                p.getStatus() == PackageStatus.OFFERED && p.getStage() != null ? p.getStage().label() : null,
                p.getWindowEndsAt(), p.getAcceptedProvider() == null ? null : p.getAcceptedProvider().getName(),
                p.getRaisedAt())).toList(), count.getSingleResult());
    }

    /** The zones packages can be raised in: care-at-home lots with a zone, of frameworks open today. */
    public List<LotChoice> zoneChoices() {
        var today = today();
        return em.createQuery("select l from Lot l join fetch l.dps d where d.status = :open and l.careSetting = :atHome "
                        + "and l.zone is not null order by d.reference, l.code", Lot.class)
                .setParameter("open", DpsStatus.OPEN).setParameter("atHome", CareSetting.CARE_AT_HOME).getResultList()
                .stream()
                .filter(l -> l.getDps().takesCallOffsOn(today))
                .map(l -> new LotChoice(l.getId(), l.getDps().getReference(), l.getDps().getRegime().label(), l.getCode(),
                        l.getZone(), l.getCareSetting().label(), l.getOfferHours(), l.getQualityWeight(),
                        l.getApprovalThreshold(), l.getCareSetting() != CareSetting.CARE_AT_HOME))
                .toList();
    }

    /** Cancels a package still being offered or waiting for the officers; open offers are withdrawn. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public PackageView cancel(String reference, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say why the package is cancelled");
        var carePackage = load(reference);
        Versions.expect(carePackage.getVersion(), version, WHAT, reference);
        var open = openProviders(carePackage);
        carePackage.cancel(why, currentUser.username(), clock.instant());
        Versions.flush(em, WHAT, reference);
        var decision = decisions.of(SUBJECT, reference, "CANCELLED").as(Roles.PROCUREMENT_OFFICER).because(why);
        open.forEach(p -> decision.tellProvider(p, reference, "Package " + reference + " was withdrawn: it is no longer needed."));
        decision.record();
        workflow.cancel(carePackage);
        return view(carePackage);
    }

    /** Nobody accepted: the officer offers it again from the top of the cascade. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public PackageView reoffer(String reference, long version) {
        var carePackage = load(reference);
        Versions.expect(carePackage.getVersion(), version, WHAT, reference);
        carePackage.reoffer();
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "OFFERED_AGAIN").as(Roles.PROCUREMENT_OFFICER)
                .details("Round " + carePackage.getRound() + " of the cascade").record();
        workflow.arranged(carePackage, currentUser.username(), true);
        return view(carePackage);
    }

    /** Nobody accepted: the officer records how the care was arranged instead (a spot purchase...). */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public PackageView arrangeElsewhere(String reference, long version, String reason) {
        String why = Texts.required("reason", reason, 1, "Say how the care was arranged instead");
        var carePackage = load(reference);
        Versions.expect(carePackage.getVersion(), version, WHAT, reference);
        carePackage.arrangeElsewhere(why, currentUser.username(), clock.instant());
        Versions.flush(em, WHAT, reference);
        decisions.of(SUBJECT, reference, "ARRANGED_ELSEWHERE").as(Roles.PROCUREMENT_OFFICER).because(why).record();
        workflow.arranged(carePackage, currentUser.username(), false);
        return view(carePackage);
    }

    /** Who decided what on the package: raised, each step offered, each answer, and the end. */
    public List<HistoryEntry> history(String reference) {
        load(reference);
        return audit.historyOf(SUBJECT, reference);
    }

    private static List<Long> openProviders(CarePackage carePackage) {
        return carePackage.getOffers().stream()
                .filter(o -> o.getStatus() == uk.council.procurement.calloff.entity.PackageOfferStatus.OFFERED)
                .map(o -> o.getProvider().getId()).distinct().toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), uk.council.procurement.platform.Clocks.UK);
    }

    private CarePackage load(String reference) {
        References.required("reference", reference);
        return References.find(em, CarePackage.class, CarePackage.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound(WHAT, reference));
    }

    static PackageView view(CarePackage p) {
        var lot = p.getLot();
        return new PackageView(p.getReference(), p.getVersion(), lot.getDps().getReference(), lot.getId(), lot.getCode(),
                lot.getZone(), p.getPersonReference(), p.getNeeds(), p.getPostcode(), p.getStartDate(), p.getUrgency(),
                p.getUrgency().label(), p.getWeeklyHours(), p.getHourlyRate(), p.weeklyCost(), p.getVisits(), VisitView.of(p.getSchedule()),
                p.getStatus(), p.getStatus().label(), p.getStage(), p.getStage() == null ? null : p.getStage().label(),
                p.getRound(), p.getWindowEndsAt(),
                p.getAcceptedProvider() == null ? null : p.getAcceptedProvider().getName(), p.getAcceptedBy(),
                p.getAcceptedAt(), p.getRaisedBy(), p.getRaisedAt(), p.getEndedBy(), p.getEndedAt(), p.getEndReason(),
                p.getOffers().stream().map(Packages::offer).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new))); // a mutable list: sortable tables sort it in place
    }

    private static PackageView.Offer offer(PackageOffer o) {
        return new PackageView.Offer(o.getId(), o.getProvider().getId(), o.getProvider().getName(), o.getLot().getCode(),
                o.getStage(), o.getStage().label(), o.getRound(), o.getOfferedAt(), o.getWindowEndsAt(),
                o.getStatus().name(), o.getStatus().label(),
                o.getDeclineReason() == null ? null : o.getDeclineReason().name(),
                o.getDeclineReason() == null ? null : o.getDeclineReason().label(), o.getDeclineText(), o.getAnsweredBy(),
                o.getAnsweredAt());
    }
}
