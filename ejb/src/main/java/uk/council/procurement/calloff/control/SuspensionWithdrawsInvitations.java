package uk.council.procurement.calloff.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.RequirementStatus;
import uk.council.procurement.membership.control.Membership;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.platform.events.Decision;
import uk.council.procurement.platform.events.Decisions;

/**
 * A provider suspended from a lot (by a person, or by a rating below the lot's policy) has its
 * unanswered invitations to that lot's open requirements withdrawn, in the same transaction as the
 * suspension; offers it already made stay for the officers to weigh.
 */
@ApplicationScoped
public class SuspensionWithdrawsInvitations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    void onSuspension(@Observes Decision decision) {
        if (!Membership.SUBJECT.equals(decision.subjectType()) || !"SUSPENDED".equals(decision.action())) {
            return;
        }
        var admission = em.find(Admission.class, Long.valueOf(decision.subjectRef()));
        if (admission == null) {
            return;
        }
        var unanswered = em.createQuery("select i from Invitation i join fetch i.requirement r "
                        + "where r.lot = :lot and i.provider = :provider and r.status = :issued and i.status = :invited",
                        Invitation.class)
                .setParameter("lot", admission.getLot()).setParameter("provider", admission.getProvider())
                .setParameter("issued", RequirementStatus.ISSUED).setParameter("invited", InvitationStatus.INVITED)
                .getResultList();
        var now = clock.instant();
        for (var invitation : unanswered) {
            invitation.withdrawOnSuspension(now);
            decisions.of(Requirements.SUBJECT, invitation.getRequirement().getReference(), "INVITATION_WITHDRAWN")
                    .details(invitation.getProviderName() + " was suspended from lot " + admission.getLot().getCode()
                            + ", so its unanswered invitation for " + invitation.getLocationName() + " is withdrawn")
                    .tellProvider(admission.getProvider().getId(), invitation.getRequirement().getReference(),
                            "Your invitation to offer for " + invitation.getRequirement().getReference() + " ("
                                    + invitation.getLocationName() + ") is withdrawn: your organisation is suspended from lot "
                                    + admission.getLot().getCode() + ".")
                    .record();
        }
    }
}
