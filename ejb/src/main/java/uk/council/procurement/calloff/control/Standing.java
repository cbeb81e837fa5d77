package uk.council.procurement.calloff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.RuleViolation;

/**
 * Whether an offer's provider still stands in the lot: an offer made before its provider was
 * suspended (or its admission ended) stays in the table, but cannot be awarded or confirmed.
 */
@Dependent
public class Standing {

    @PersistenceContext
    EntityManager em;

    public void requireActive(Invitation offer) {
        var lot = offer.getRequirement().getLot();
        long active = em.createQuery("select count(a) from Admission a where a.provider.id = :provider and a.lot = :lot "
                        + "and a.status = :active", Long.class)
                .setParameter("provider", offer.getProvider().getId()).setParameter("lot", lot)
                .setParameter("active", AdmissionStatus.ACTIVE).getSingleResult();
        if (active == 0) {
            throw new RuleViolation(offer.getProviderName() + " is not an active member of lot " + lot.getCode()
                    + " now (suspended, or its admission ended): its offer cannot be awarded.");
        }
    }
}
