package uk.council.procurement.calloff.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.CarePackage.Recipient;
import uk.council.procurement.calloff.entity.CascadeStage;
import uk.council.procurement.calloff.entity.PackageStatus;
import uk.council.procurement.calloff.entity.ZoneRota;
import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.boundary.EligibleLocation;
import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.workflows.PackageCascadeProcess;

/**
 * The automatic step of the care-at-home cascade, called by its delegate on the engine's threads (no
 * user, hence PermitAll); it takes only a package id from the process. It locks the package, so it
 * never runs at the same time as an answer: an acceptance that commits first is seen here, and one
 * that comes after finds the window closed.
 */
@Stateless
@PermitAll
public class CascadeSteps {

    /** Where the cascade stands after a step, for the process: one of the OUTCOME_* values and the window's end. */
    public record Step(String outcome, Instant windowEnds) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Membership membership;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /**
     * Moves the cascade on: when the current step is over, offers the package at the next step that
     * has someone to offer it to (steps with nobody eligible are passed over and recorded), or, with
     * no step left, hands it to the officers.
     */
    public Step offerNext(Long packageId) {
        var carePackage = em.find(CarePackage.class, packageId, LockModeType.PESSIMISTIC_WRITE);
        if (carePackage == null) {
            return new Step(PackageCascadeProcess.OUTCOME_ENDED, null);
        }
        var now = clock.instant();
        if (carePackage.getStatus() == PackageStatus.ACCEPTED) {
            return new Step(PackageCascadeProcess.OUTCOME_ACCEPTED, null);
        }
        if (carePackage.getStatus() == PackageStatus.ESCALATED) {
            return new Step(PackageCascadeProcess.OUTCOME_NOBODY, null); // a retried job after the escalation committed
        }
        if (carePackage.getStatus() != PackageStatus.OFFERED) {
            return new Step(PackageCascadeProcess.OUTCOME_ENDED, null);
        }
        if (!carePackage.stepOver(now)) {
            return new Step(PackageCascadeProcess.OUTCOME_OFFERED, carePackage.getWindowEndsAt()); // woken early
        }
        var terms = Rotas.termsOf(em, carePackage.getLot().getDps());
        // The rota of the day the package was raised (a package raised on Sunday at 23:59 is that week's),
        // or of the day an officer offered it again.
        LocalDate today = LocalDate.ofInstant(carePackage.getRound() == 1 ? carePackage.getRaisedAt() : now, Clocks.UK);
        String reference = carePackage.getReference();
        for (var stage = carePackage.nextStage(); stage != null; stage = stage.next()) {
            var recipients = recipients(carePackage, stage, today);
            if (recipients.isEmpty()) {
                decisions.of(Packages.SUBJECT, reference, "STEP_PASSED")
                        .details(stage.label() + ": nobody eligible to offer it to (round " + carePackage.getRound() + ")")
                        .record();
                continue;
            }
            var offers = carePackage.offer(stage, recipients, now, terms.window(stage));
            em.flush();
            var decision = decisions.of(Packages.SUBJECT, reference, "OFFERED")
                    .details(stage.label() + ": " + recipients.stream().map(r -> r.provider().getName())
                            .collect(Collectors.joining(", ")) + "; until " + UkFormat.dateTime(carePackage.getWindowEndsAt()));
            offers.forEach(o -> decision.tellProvider(o.getProvider().getId(), reference, "Package " + reference + " ("
                    + carePackage.getLot().getZone() + ", " + carePackage.getWeeklyHours().stripTrailingZeros().toPlainString()
                    + " hours a week from " + UkFormat.date(carePackage.getStartDate()) + ") is offered to you until "
                    + UkFormat.dateTime(o.getWindowEndsAt()) + ". Accept or decline it under Packages."));
            decision.record();
            return new Step(PackageCascadeProcess.OUTCOME_OFFERED, carePackage.getWindowEndsAt());
        }
        carePackage.escalate();
        decisions.of(Packages.SUBJECT, reference, "NOBODY_ACCEPTED")
                .details("Every step of the cascade passed without an acceptance (round " + carePackage.getRound() + ")")
                .tellRole(Roles.PROCUREMENT_OFFICER, reference, "Nobody accepted package " + reference + " ("
                        + carePackage.getLot().getZone() + "). Offer it again or record how the care is arranged.")
                .record();
        return new Step(PackageCascadeProcess.OUTCOME_NOBODY, null);
    }

    /**
     * Who a step offers the package to: eligible providers (the membership's one query) not yet offered
     * it in this round. The Lot 1 steps follow the zone's rota on the day the step starts; the partner
     * step offers it to whichever of the pair has not had it, so a rota week that turns between the two
     * steps still reaches both.
     */
    private List<Recipient> recipients(CarePackage carePackage, CascadeStage stage, LocalDate today) {
        Set<Long> offered = carePackage.offeredThisRound();
        var zone = carePackage.getLot();
        if (stage == CascadeStage.OPEN) {
            var found = new LinkedHashMap<Long, Recipient>();
            for (var lot : boroughWideLots(zone)) {
                for (var providerId : eligibleProviders(lot)) {
                    if (!offered.contains(providerId) && !found.containsKey(providerId)) {
                        found.put(providerId, new Recipient(em.getReference(ProviderOrganisation.class, providerId), lot));
                    }
                }
            }
            return new ArrayList<>(found.values());
        }
        var rota = em.createQuery("select r from ZoneRota r where r.lot = :lot", ZoneRota.class).setParameter("lot", zone)
                .getResultStream().findFirst();
        if (rota.isEmpty()) {
            return List.of();
        }
        var onDuty = rota.get().onDuty(today);
        var candidates = stage == CascadeStage.ON_DUTY ? List.of(onDuty) : List.of(onDuty, rota.get().partnerOf(onDuty));
        var eligible = eligibleProviders(zone);
        return candidates.stream().filter(p -> eligible.contains(p.getId()) && !offered.contains(p.getId()))
                .limit(1).map(p -> new Recipient(p, zone)).toList();
    }

    private Set<Long> eligibleProviders(Lot lot) {
        return membership.eligibleLocations(lot, null).stream().map(EligibleLocation::providerId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    /** The framework's borough-wide care-at-home lots (Lot 2): those without a zone. */
    private List<Lot> boroughWideLots(Lot zone) {
        return em.createQuery("select l from Lot l where l.dps = :dps and l.careSetting = :atHome and l.zone is null "
                        + "order by l.code", Lot.class)
                .setParameter("dps", zone.getDps()).setParameter("atHome", CareSetting.CARE_AT_HOME).getResultList();
    }
}
