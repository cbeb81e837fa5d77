package uk.council.procurement.audit.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.entity.DecisionEvent;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * Records decisions in the caller's transaction (a decision and its record commit or roll back
 * together) and reads them back.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Records a decision by the current caller (or the process engine). Called by other boundaries. */
    @PermitAll
    public void record(String subjectType, String subjectRef, String action, String reason, String details) {
        em.persist(new DecisionEvent(clock.instant(), currentUser.username(), currentUser.displayName(), actingRole(),
                subjectType, subjectRef, action, reason, details));
    }

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

    private String actingRole() {
        return Roles.ALL.stream().filter(currentUser::isInRole).findFirst().orElse(null);
    }
}
