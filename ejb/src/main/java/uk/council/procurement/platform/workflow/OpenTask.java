package uk.council.procurement.platform.workflow;

import java.time.Instant;

/** A user task waiting in a process, as the inbox and the screens need it. */
public record OpenTask(String id, String processKey, String businessKey, String taskKey, String name,
        String assignee, Instant created, Instant due) {
}
