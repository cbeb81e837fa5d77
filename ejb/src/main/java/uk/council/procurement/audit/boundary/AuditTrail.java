package uk.council.procurement.audit.boundary;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.entity.DecisionEvent;
import uk.council.procurement.security.Roles;

/**
 * Reads the decision log back. Decisions are written by observing
 * {@link uk.council.procurement.platform.events.Decision} events (audit.control.DecisionLog), in the
 * transaction that made them.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    /**
     * History of a record for council staff. Providers read their own applications' history
     * through the onboarding boundary, which checks ownership first.
     */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<HistoryEntry> historyOf(String subjectType, String subjectRef) {
        return eventsOf(subjectType, subjectRef);
    }

    /** For boundaries that have already checked the caller may see the subject. */
    @PermitAll
    public List<HistoryEntry> eventsOf(String subjectType, String subjectRef) {
        return em.createNamedQuery(DecisionEvent.OF_SUBJECT, DecisionEvent.class)
                .setParameter("type", subjectType)
                .setParameter("ref", subjectRef)
                .getResultStream().map(HistoryEntry::of).toList();
    }
}
