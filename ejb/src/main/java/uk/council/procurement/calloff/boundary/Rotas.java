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

import uk.council.procurement.calloff.entity.CascadeTerms;
import uk.council.procurement.calloff.entity.ZoneRota;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.ConcurrentChange;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * The care-at-home zones' week-on / week-off rotas and each framework's acceptance windows, which
 * officers keep and every member of staff can read. Each change is a decision with who and when.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class Rotas {

    public static final String SUBJECT = "ZONE_ROTA";
    public static final String TERMS_SUBJECT = "CASCADE_TERMS";
    /** Weeks of the rota shown from the current one. */
    public static final int WEEKS_SHOWN = 8;

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /** Frameworks with care-at-home zones, by reference. */
    public List<String> frameworks() {
        return em.createQuery("select distinct l.dps.reference from Lot l where l.careSetting = :atHome "
                        + "and l.zone is not null order by l.dps.reference", String.class)
                .setParameter("atHome", CareSetting.CARE_AT_HOME).getResultList();
    }

    /** The zones of a framework with their rotas, and the weeks from the current one. */
    public List<ZoneView> zones(String dpsReference) {
        var dps = dps(dpsReference);
        var lots = em.createQuery("select l from Lot l where l.dps = :dps and l.careSetting = :atHome and l.zone is not null "
                        + "order by l.code", Lot.class)
                .setParameter("dps", dps).setParameter("atHome", CareSetting.CARE_AT_HOME).getResultList();
        var rotas = new java.util.HashMap<Long, ZoneRota>();
        var members = new java.util.HashMap<Long, List<ZoneView.Member>>();
        if (!lots.isEmpty()) {
            em.createQuery("select r from ZoneRota r join fetch r.firstProvider join fetch r.secondProvider "
                            + "where r.lot in :lots", ZoneRota.class)
                    .setParameter("lots", lots).getResultList().forEach(r -> rotas.put(r.getLot().getId(), r));
            em.createQuery("select a from Admission a join fetch a.provider where a.lot in :lots and a.status in :holding "
                            + "order by a.provider.name", Admission.class)
                    .setParameter("lots", lots)
                    .setParameter("holding", List.of(AdmissionStatus.ACTIVE, AdmissionStatus.SUSPENDED)).getResultList()
                    .forEach(a -> members.computeIfAbsent(a.getLot().getId(), k -> new ArrayList<>())
                            .add(new ZoneView.Member(a.getProvider().getId(), a.getProvider().getName(),
                                    a.getStatus() == AdmissionStatus.ACTIVE)));
        }
        return lots.stream().map(l -> view(l, rotas.get(l.getId()), members.getOrDefault(l.getId(), List.of()))).toList();
    }

    public ZoneView zone(Long lotId) {
        var lot = zoneLot(lotId);
        return zones(lot.getDps().getReference()).stream().filter(z -> z.lotId().equals(lotId)).findFirst().orElseThrow();
    }

    /**
     * Sets a zone's pair and the week the first of them is on duty from (a Monday); both must be
     * members of the zone's lot. {@code version} is null to set a zone's first rota.
     */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ZoneView setRota(Long lotId, Long version, Long firstProviderId, Long secondProviderId, LocalDate startsOn) {
        var lot = zoneLot(lotId);
        PlausibleDate.Check.require("startsOn", startsOn);
        var first = member(lot, firstProviderId, "firstProviderId");
        var second = member(lot, secondProviderId, "secondProviderId");
        var now = clock.instant();
        var rota = rotaOf(lot);
        if (rota == null) {
            if (version != null) {
                throw new ConcurrentChange("Rota of zone", lot.getZone());
            }
            rota = new ZoneRota(lot, first, second, startsOn, currentUser.username(), now);
            em.persist(rota);
        } else {
            if (version == null) {
                throw new ConcurrentChange("Rota of zone", lot.getZone());
            }
            Versions.expect(rota.getVersion(), version, "Rota of zone", lot.getZone());
            rota.change(first, second, startsOn, currentUser.username(), now);
        }
        Versions.flush(em, "Rota of zone", lot.getZone());
        decisions.of(SUBJECT, lot.getDps().getReference() + "/" + lot.getCode(), "ROTA_SET").as(Roles.PROCUREMENT_OFFICER)
                .details(lot.getZone() + ": " + first.getName() + " on duty in the week of " + UkFormat.date(startsOn)
                        + " and every second week from it, " + second.getName() + " in the others")
                .record();
        return zone(lotId);
    }

    /** Turns one week of a zone's rota round (or back). */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ZoneView swapWeek(Long lotId, long version, LocalDate week) {
        var lot = zoneLot(lotId);
        PlausibleDate.Check.require("week", week);
        var rota = rotaOf(lot);
        if (rota == null) {
            throw new RuleViolation("Zone " + lot.getZone() + " has no rota yet: set its two providers first.");
        }
        Versions.expect(rota.getVersion(), version, "Rota of zone", lot.getZone());
        var today = LocalDate.ofInstant(clock.instant(), Clocks.UK);
        boolean swapped = rota.swap(week, today, currentUser.username(), clock.instant());
        Versions.flush(em, "Rota of zone", lot.getZone());
        decisions.of(SUBJECT, lot.getDps().getReference() + "/" + lot.getCode(), swapped ? "WEEK_SWAPPED" : "SWAP_UNDONE")
                .as(Roles.PROCUREMENT_OFFICER)
                .details(lot.getZone() + ", week of " + UkFormat.date(week) + ": " + rota.onDuty(week).getName() + " on duty")
                .record();
        return zone(lotId);
    }

    public CascadeTermsView terms(String dpsReference) {
        var dps = dps(dpsReference);
        var terms = termsOf(dps);
        return new CascadeTermsView(dps.getReference(), terms.getId() == null ? null : terms.getVersion(),
                terms.getOnDutyMinutes(), terms.getPartnerMinutes(), terms.getOpenMinutes());
    }

    /** Sets a framework's acceptance windows; {@code version} is null while it still uses the defaults. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public CascadeTermsView setTerms(String dpsReference, Long version, Integer onDuty, Integer partner, Integer open) {
        var dps = dps(dpsReference);
        var terms = termsOf(dps);
        if ((terms.getId() == null) != (version == null)) {
            throw new ConcurrentChange("Cascade windows of", dps.getReference());
        }
        if (version != null) {
            Versions.expect(terms.getVersion(), version, "Cascade windows of", dps.getReference());
        }
        terms.change(onDuty, partner, open, currentUser.username(), clock.instant());
        if (terms.getId() == null) {
            em.persist(terms);
        }
        Versions.flush(em, "Cascade windows of", dps.getReference());
        decisions.of(TERMS_SUBJECT, dps.getReference(), "WINDOWS_SET").as(Roles.PROCUREMENT_OFFICER)
                .details("On duty " + onDuty + " min, other Lot 1 provider " + partner + " min, Lot 2 " + open + " min")
                .record();
        return terms(dpsReference);
    }

    private CascadeTerms termsOf(Dps dps) {
        return termsOf(em, dps);
    }

    /** A framework's acceptance windows: its own, or the defaults (not stored until an officer sets them). */
    static CascadeTerms termsOf(EntityManager em, Dps dps) {
        return em.createQuery("select t from CascadeTerms t where t.dps = :dps", CascadeTerms.class)
                .setParameter("dps", dps).getResultStream().findFirst().orElseGet(() -> CascadeTerms.defaults(dps));
    }

    private ZoneView view(Lot lot, ZoneRota rota, List<ZoneView.Member> members) {
        var today = LocalDate.ofInstant(clock.instant(), Clocks.UK);
        var current = ZoneRota.weekOf(today);
        var weeks = new ArrayList<ZoneView.Week>();
        if (rota != null) {
            for (int i = 0; i < WEEKS_SHOWN; i++) {
                var week = current.plusWeeks(i);
                var onDuty = rota.onDuty(week);
                weeks.add(new ZoneView.Week(week, onDuty.getId(), onDuty.getName(), rota.isSwapped(week), i == 0));
            }
        }
        return new ZoneView(lot.getId(), lot.getDps().getReference(), lot.getCode(), lot.getTitle(), lot.getZone(),
                rota == null ? null : rota.getVersion(),
                rota == null ? null : rota.getFirstProvider().getId(), rota == null ? null : rota.getFirstProvider().getName(),
                rota == null ? null : rota.getSecondProvider().getId(),
                rota == null ? null : rota.getSecondProvider().getName(), rota == null ? null : rota.getStartsOn(),
                rota == null ? null : rota.onDuty(today).getName(), weeks, members);
    }

    private ZoneRota rotaOf(Lot lot) {
        return em.createQuery("select r from ZoneRota r where r.lot = :lot", ZoneRota.class).setParameter("lot", lot)
                .getResultStream().findFirst().orElse(null);
    }

    private ProviderOrganisation member(Lot lot, Long providerId, String field) {
        if (providerId == null) {
            throw new InvalidInput(field, "Choose a provider admitted to the zone's lot");
        }
        return em.createQuery("select a.provider from Admission a where a.lot = :lot and a.provider.id = :provider "
                        + "and a.status in :holding", ProviderOrganisation.class)
                .setParameter("lot", lot).setParameter("provider", providerId)
                .setParameter("holding", List.of(AdmissionStatus.ACTIVE, AdmissionStatus.SUSPENDED))
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be a provider admitted to lot " + lot.getCode()
                        + " (" + lot.getZone() + ")"));
    }

    private Lot zoneLot(Long lotId) {
        var lot = lotId == null ? null : em.find(Lot.class, lotId);
        if (lot == null || lot.getZone() == null || lot.getCareSetting() != CareSetting.CARE_AT_HOME) {
            throw new RecordNotFound("Zone", lotId);
        }
        return lot;
    }

    private Dps dps(String reference) {
        References.required("dps", reference);
        return References.find(em, Dps.class, Dps.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound("DPS", reference));
    }
}
