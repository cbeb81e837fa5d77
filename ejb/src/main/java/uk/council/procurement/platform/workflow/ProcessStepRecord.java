package uk.council.procurement.platform.workflow;

import java.time.Instant;

/** One step a process went through (or is at), with who completed it if it was a user task. */
public record ProcessStepRecord(String activityId, String name, String type, Instant started, Instant ended,
        String assignee) {
}
