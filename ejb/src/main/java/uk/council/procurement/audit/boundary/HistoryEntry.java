package uk.council.procurement.audit.boundary;

import java.time.Instant;

import uk.council.procurement.audit.entity.DecisionEvent;

/** A decision as history screens and the API show it. */
public record HistoryEntry(Instant at, String actor, String actorName, String actorRole, String action, String reason,
        String details) {

    static HistoryEntry of(DecisionEvent e) {
        return new HistoryEntry(e.getOccurredAt(), e.getActor(), e.getActorName(), e.getActorRole(), e.getAction(),
                e.getReason(), e.getDetails());
    }
}
