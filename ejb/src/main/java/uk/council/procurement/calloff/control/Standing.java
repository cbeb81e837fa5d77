package uk.council.procurement.calloff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.Invitation;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.providers.entity.ProviderOrganisation;
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
        if (!isActive(offer.getProvider(), lot)) {
            throw new RuleViolation(offer.getProviderName() + " is not an active member of lot " + lot.getCode()
                    + " now (suspended, or its admission ended): its offer cannot be awarded.");
        }
    }

    /** A care-at-home package is accepted only by a provider still active in the lot it was offered through. */
    public void requireActive(ProviderOrganisation provider, Lot lot) {
        if (!isActive(provider, lot)) {
            throw new RuleViolation(provider.getName() + " is not an active member of lot " + lot.getCode()
                    + " now (suspended, or its admission ended): it cannot take the package.");
        }
    }

    private boolean isActive(ProviderOrganisation provider, Lot lot) {
        return em.createQuery("select count(a) from Admission a where a.provider.id = :provider and a.lot = :lot "
                        + "and a.status = :active", Long.class)
                .setParameter("provider", provider.getId()).setParameter("lot", lot)
                .setParameter("active", AdmissionStatus.ACTIVE).getSingleResult() > 0;
    }
}
