package uk.council.procurement.transparency.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.boundary.BlockCallOffs;
import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.BlockCallOff;
import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.events.Decision;
import uk.council.procurement.transparency.entity.NoticeEvent;
import uk.council.procurement.transparency.entity.NoticeKind;

/**
 * Turns the decision log's call-off decisions into notice events, in the same transaction: for a
 * competition, issued (a tender), the award decided (approved by a lead, or proposed within the
 * threshold) and the winner's confirmation (the contract); a care-at-home package accepted and a
 * block reserved are contracts made without a competition. The call-off code does not know of it.
 */
@ApplicationScoped
public class RecordNoticeEvents {

    @PersistenceContext
    EntityManager em;

    void onDecision(@Observes Decision decision) {
        if (Packages.SUBJECT.equals(decision.subjectType()) && "ACCEPTED".equals(decision.action())) {
            packageAccepted(decision);
        } else if (BlockCallOffs.SUBJECT.equals(decision.subjectType()) && "CREATED".equals(decision.action())) {
            blockReserved(decision);
        } else if (uk.council.procurement.contracts.control.DeedRegister.SUBJECT.equals(decision.subjectType())
                && "SEALED".equals(decision.action())) {
            contractExtended(decision);
        } else if (Requirements.SUBJECT.equals(decision.subjectType())) {
            requirementDecided(decision);
        }
    }

    /**
     * A care-at-home package accepted is a call-off contract made without a competition (the cascade
     * offers it in a set order): a contract event, valued at the weekly cost over a year.
     */
    private void packageAccepted(Decision decision) {
        var carePackage = em.createQuery("select p from CarePackage p join fetch p.lot l join fetch l.dps "
                        + "left join fetch p.acceptedProvider where p.reference = :reference", CarePackage.class)
                .setParameter("reference", decision.subjectRef()).getResultStream().findFirst().orElse(null);
        if (carePackage == null || carePackage.getAcceptedProvider() == null) {
            return;
        }
        var lot = carePackage.getLot();
        var facts = common(NoticeKind.CONTRACT, lot, carePackage.getReference(), decision)
                .add("callOffKind", "CARE_AT_HOME_PACKAGE")
                .add("contractReference", carePackage.getReference())
                .add("supplier", carePackage.getAcceptedProvider().getName())
                .add("zone", lot.getZone() == null ? "" : lot.getZone())
                .add("startDate", carePackage.getStartDate().toString())
                .add("weeklyHours", carePackage.getWeeklyHours())
                .add("hourlyRate", carePackage.getHourlyRate())
                .add("weeklyPrice", carePackage.weeklyCost())
                .add("annualValue", CallOffContract.annualValue(carePackage.weeklyCost()));
        record(NoticeKind.CONTRACT, lot, carePackage.getReference(), carePackage.getReference(), decision, facts);
    }

    /** A block call-off reserved is a contract for its places over its period: a contract event with its whole value. */
    private void blockReserved(Decision decision) {
        var block = em.createQuery("select b from BlockCallOff b join fetch b.lot l join fetch l.dps join fetch b.provider "
                        + "where b.reference = :reference", BlockCallOff.class)
                .setParameter("reference", decision.subjectRef()).getResultStream().findFirst().orElse(null);
        if (block == null) {
            return;
        }
        var lot = block.getLot();
        long days = java.time.temporal.ChronoUnit.DAYS.between(block.getStartDate(), block.getEndDate()) + 1;
        var value = block.getWeeklyRate().multiply(BigDecimal.valueOf(block.getPlaces())).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        var facts = common(NoticeKind.CONTRACT, lot, block.getReference(), decision)
                .add("callOffKind", "BLOCK")
                .add("contractReference", block.getReference())
                .add("supplier", block.getProvider().getName())
                .add("location", block.getLocationName())
                .add("locationId", block.getLocationId())
                .add("startDate", block.getStartDate().toString())
                .add("endDate", block.getEndDate().toString())
                .add("places", block.getPlaces())
                .add("weeklyRatePerPlace", block.getWeeklyRate())
                .add("totalValue", value);
        record(NoticeKind.CONTRACT, lot, block.getReference(), block.getReference(), decision, facts);
    }

    /**
     * An agreement extended by a sealed deed is a contract modification (PCR reg 72; Procurement Act
     * contract change): its type, the dates and the values before and after.
     */
    private void contractExtended(Decision decision) {
        var deed = em.createNamedQuery(uk.council.procurement.contracts.entity.Deed.BY_REFERENCE,
                        uk.council.procurement.contracts.entity.Deed.class)
                .setParameter("reference", decision.subjectRef()).getResultStream().findFirst().orElse(null);
        if (deed == null) {
            return;
        }
        var contract = deed.getContract();
        var dps = contract.getDps();
        var regime = dps.getRegime();
        var uplift = deed.getUpliftPercent() == null ? BigDecimal.ZERO : deed.getUpliftPercent();
        var facts = Json.createObjectBuilder()
                .add("noticeType", NoticeKind.MODIFICATION.noticeType(regime))
                .add("regime", regime.name())
                .add("dpsReference", dps.getReference())
                .add("modificationType", "EXTENSION_OF_TERM")
                .add("basis", "Option to extend provided for in the original terms of the agreement")
                .add("contractReference", contract.getReference())
                .add("supplier", contract.getProvider().getName())
                .add("deedReference", deed.getReference())
                .add("sealNumber", deed.getSealNumber())
                .add("decidedAt", decision.at().toString())
                .add("months", deed.getMonths())
                .add("expiryBefore", deed.getOldExpiry().toString())
                .add("expiryAfter", deed.getNewExpiry().toString());
        if (deed.getAnnualSpend() != null) {
            var after = deed.getAnnualSpend().multiply(BigDecimal.ONE.add(uplift.movePointLeft(2)))
                    .setScale(0, RoundingMode.HALF_UP);
            facts.add("annualValueBefore", deed.getAnnualSpend())
                    .add("upliftPercent", uplift)
                    .add("annualValueAfter", after)
                    .add("extensionValue", uk.council.procurement.contracts.entity.ExtensionCost
                            .of(deed.getAnnualSpend(), uplift, deed.getMonths()).rounded());
        }
        em.persist(new NoticeEvent(NoticeKind.MODIFICATION, regime, dps.getReference(), deed.getReference(),
                contract.getReference(), decision.at(), null, text(facts)));
    }

    private static JsonObjectBuilder common(NoticeKind kind, Lot lot, String reference, Decision decision) {
        var regime = lot.getDps().getRegime();
        return Json.createObjectBuilder()
                .add("noticeType", kind.noticeType(regime))
                .add("regime", regime.name())
                .add("dpsReference", lot.getDps().getReference())
                .add("lotCode", lot.getCode())
                .add("lotTitle", lot.getTitle())
                .add("careSetting", lot.getCareSetting().name())
                .add("callOffReference", reference)
                .add("decidedAt", decision.at().toString());
    }

    private void record(NoticeKind kind, Lot lot, String callOff, String contractReference, Decision decision,
            JsonObjectBuilder facts) {
        var regime = lot.getDps().getRegime();
        LocalDate day = LocalDate.ofInstant(decision.at(), Clocks.UK);
        em.persist(new NoticeEvent(kind, regime, lot.getDps().getReference(), callOff, contractReference, decision.at(),
                kind.publishBy(regime, day), text(facts)));
    }

    private void requirementDecided(Decision decision) {
        var kind = switch (decision.action()) {
            case "ISSUED" -> NoticeKind.TENDER;
            case "AWARD_PROPOSED", "AWARD_APPROVED" -> NoticeKind.AWARD;
            case "AWARD_CONFIRMED" -> NoticeKind.CONTRACT;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        var requirement = em.createNamedQuery(Requirement.BY_REFERENCE, Requirement.class)
                .setParameter("reference", decision.subjectRef()).getResultStream().findFirst().orElse(null);
        if (requirement == null || ("AWARD_PROPOSED".equals(decision.action())
                && requirement.getStatus() == RequirementStatus.AWAITING_APPROVAL)) {
            return; // a proposal above the threshold is not a decision yet: the lead's approval is
        }
        var lot = requirement.getLot();
        var facts = common(kind, lot, requirement.getReference(), decision).add("callOffKind", "COMPETITION")
                .add("requirementReference", requirement.getReference());
        String contractReference = null;
        switch (kind) {
            case TENDER -> facts
                    .add("issuedAt", requirement.getIssuedAt().toString())
                    .add("offerDeadline", requirement.getOfferDeadline().toString())
                    .add("startDate", requirement.getStartDate().toString())
                    .add("estimatedAnnualValue", CallOffContract.annualValue(requirement.getWeeklyBudget()))
                    .add("invitedLocations", requirement.getInvitations().size());
            case AWARD -> {
                var winner = requirement.getAward();
                facts.add("supplier", winner.getProviderName())
                        .add("location", winner.getLocationName())
                        .add("locationId", winner.getLocationCode())
                        .add("weeklyPrice", winner.getWeeklyPrice())
                        .add("annualValue", requirement.getAwardAnnualValue())
                        .add("offersReceived", requirement.getInvitations().stream()
                                .filter(i -> i.getStatus() == InvitationStatus.OFFERED
                                        || i.getStatus() == InvitationStatus.AWARDED
                                        || i.getStatus() == InvitationStatus.AWARD_DECLINED).count());
            }
            case CONTRACT -> {
                var contract = em.createQuery("select c from CallOffContract c where c.requirement = :r "
                                + "order by c.createdAt desc", CallOffContract.class)
                        .setParameter("r", requirement).setMaxResults(1).getResultStream().findFirst().orElse(null);
                if (contract == null) {
                    return;
                }
                contractReference = contract.getReference();
                facts.add("contractReference", contract.getReference())
                        .add("supplier", contract.getProviderName())
                        .add("location", contract.getLocationName())
                        .add("locationId", contract.getLocationCode())
                        .add("startDate", contract.getStartDate().toString())
                        .add("weeklyPrice", contract.getWeeklyPrice())
                        .add("annualValue", contract.getAnnualValue());
            }
        }
        record(kind, lot, requirement.getReference(), contractReference, decision, facts);
    }

    private static String text(JsonObjectBuilder facts) {
        return facts.build().toString();
    }
}
