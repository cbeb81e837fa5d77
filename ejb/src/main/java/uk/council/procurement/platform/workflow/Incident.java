package uk.council.procurement.platform.workflow;

import java.time.Instant;

/**
 * An automatic step that failed all its retries: the process waits at it until an operator retries
 * it. {@code message} is the failure as the engine recorded it.
 */
public record Incident(String id, String processKey, String businessKey, String activityId, String activityName,
        String message, Instant at, String jobId) {
}
