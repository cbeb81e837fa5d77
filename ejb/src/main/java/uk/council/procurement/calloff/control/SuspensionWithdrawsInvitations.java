package uk.council.procurement.calloff.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import jakarta.persistence.LockModeType;

import uk.council.procurement.calloff.boundary.Packages;
import uk.council.procurement.calloff.boundary.Requirements;
import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.calloff.entity.PackageOfferStatus;
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

    @Inject
    PackageWorkflow packageWorkflow;

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
        withdrawPackageOffers(admission);
    }

    /**
     * Its open care-at-home package offers through that lot go too; where that leaves a step with no
     * open offer, the cascade moves on at once. The package is locked as for any answer.
     */
    private void withdrawPackageOffers(Admission admission) {
        // in id order, so that two suspensions at once lock shared packages in the same order
        var packageIds = em.createQuery("select distinct o.carePackage.id from PackageOffer o where o.lot = :lot "
                        + "and o.provider = :provider and o.status = :open order by o.carePackage.id", Long.class)
                .setParameter("lot", admission.getLot()).setParameter("provider", admission.getProvider())
                .setParameter("open", PackageOfferStatus.OFFERED).getResultList();
        for (var id : packageIds) {
            var carePackage = em.find(CarePackage.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.lock(carePackage, LockModeType.PESSIMISTIC_FORCE_INCREMENT); // its offers change: so does its version
            carePackage.getOffers().stream()
                    .filter(o -> o.getStatus() == PackageOfferStatus.OFFERED && o.getLot().getId().equals(admission.getLot().getId())
                            && o.getProvider().getId().equals(admission.getProvider().getId()))
                    .toList()
                    .forEach(o -> {
                        boolean last = carePackage.withdraw(o);
                        decisions.of(Packages.SUBJECT, carePackage.getReference(), "OFFER_WITHDRAWN")
                                .details(admission.getProvider().getName() + " was suspended from lot "
                                        + admission.getLot().getCode() + ", so its offer is withdrawn")
                                .tellProvider(admission.getProvider().getId(), carePackage.getReference(), "Package "
                                        + carePackage.getReference() + " is withdrawn from you: your organisation is "
                                        + "suspended from lot " + admission.getLot().getCode() + ".")
                                .record();
                        if (last) {
                            packageWorkflow.answered(carePackage);
                        }
                    });
        }
    }
}
