package uk.council.procurement.platform.events;

import java.time.Instant;
import java.util.List;

/**
 * A decision a person or the engine made (admit, approve, suspend, rate...): who, in which role,
 * when, why and what changed, and whom to tell. Raised as a CDI event inside the transaction that
 * made the change; the decision log and the notifications observe it (and later the dashboards and
 * the open-contracting publication), so none of them is called from the boundaries.
 *
 * @param actor     username, or "system" for the process engine and timers
 * @param actorRole the role acted in (an approval is a lead's act even when the lead is also an officer)
 */
public record Decision(String subjectType, String subjectRef, String action, String actor, String actorName,
        String actorRole, Instant at, String reason, String details, List<Notice> notices) {

    /** A message about the decision, to everyone in a staff role or to one provider organisation's users. */
    public record Notice(String role, Long providerId, String subjectRef, String message) {
    }
}
