package uk.council.procurement.calloff.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.CallOffContract;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.Search;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Call-off contracts: council staff see all of them; a provider sees its own organisation's only
 * (another's is "not found"), without the person's reference.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class CallOffContracts {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    /** Contracts, newest first; a provider's own only. */
    public Page<CallOffContractView> list(int first, int max) {
        Search.page(first, max);
        boolean staff = !currentUser.isProvider();
        Long provider = currentUser.providerId().orElse(-1L);
        String where = staff ? "" : " where c.provider.id = :provider";
        var query = em.createQuery("select c from CallOffContract c join fetch c.lot l join fetch l.dps "
                + "join fetch c.requirement" + where + " order by c.createdAt desc, c.id desc", CallOffContract.class);
        var count = em.createQuery("select count(c) from CallOffContract c" + where, Long.class);
        if (!staff) {
            query.setParameter("provider", provider);
            count.setParameter("provider", provider);
        }
        var rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return new Page<>(rows.stream().map(c -> CallOffViews.contract(c, staff)).toList(), count.getSingleResult());
    }

    public CallOffContractView find(String reference) {
        References.required("reference", reference);
        var contract = References.find(em, CallOffContract.class, CallOffContract.BY_REFERENCE, reference)
                .orElseThrow(() -> new RecordNotFound("Contract", reference));
        boolean staff = !currentUser.isProvider();
        if (!staff && !contract.getProvider().getId().equals(currentUser.providerId().orElse(-1L))) {
            throw new RecordNotFound("Contract", reference);
        }
        return CallOffViews.contract(contract, staff);
    }
}
