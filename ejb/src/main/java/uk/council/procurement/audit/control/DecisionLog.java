package uk.council.procurement.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.entity.DecisionEvent;
import uk.council.procurement.platform.events.Decision;

/** Writes every decision to the log, in the transaction that made it: both commit, or neither. */
@ApplicationScoped
public class DecisionLog {

    @PersistenceContext
    EntityManager em;

    void record(@Observes Decision d) {
        em.persist(new DecisionEvent(d.at(), d.actor(), d.actorName(), d.actorRole(), d.subjectType(), d.subjectRef(),
                d.action(), d.reason(), d.details()));
    }
}
