package uk.council.procurement.transparency.control;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.events.Decision;
import uk.council.procurement.transparency.entity.NoticeEvent;
import uk.council.procurement.transparency.entity.NoticeKind;

/**
 * Turns the decision log's call-off decisions into notice events, in the same transaction: issued (a
 * tender), the award decided (approved by a lead, or proposed within the threshold), the winner's
 * confirmation (the contract). The call-off code does not know of it.
 */
@ApplicationScoped
public class RecordNoticeEvents {

    @PersistenceContext
    EntityManager em;

    void onDecision(@Observes Decision decision) {
        if (!Requirements.SUBJECT.equals(decision.subjectType())) {
            return;
        }
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
        var regime = lot.getDps().getRegime();
        var facts = Json.createObjectBuilder()
                .add("noticeType", kind.noticeType(regime))
                .add("regime", regime.name())
                .add("dpsReference", lot.getDps().getReference())
                .add("lotCode", lot.getCode())
                .add("lotTitle", lot.getTitle())
                .add("careSetting", lot.getCareSetting().name())
                .add("requirementReference", requirement.getReference())
                .add("decidedAt", decision.at().toString());
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
        LocalDate day = LocalDate.ofInstant(decision.at(), Clocks.UK);
        em.persist(new NoticeEvent(kind, regime, lot.getDps().getReference(), requirement.getReference(),
                contractReference, decision.at(), kind.publishBy(regime, day), text(facts)));
    }

    private static String text(JsonObjectBuilder facts) {
        return facts.build().toString();
    }
}
