package uk.council.procurement.platform.workflow;

import java.util.Collection;
import java.util.Map;

/**
 * How a capability describes the subjects of its procedure's tasks to the one task inbox: each
 * procedure (onboarding today; call-offs, extensions, deeds, concerns later) provides one of these as
 * a CDI bean, and the inbox lists its tasks without knowing anything else about it.
 */
public interface TaskSubjects {

    /** The BPMN process id of the procedure. */
    String processKey();

    /** The procedure's name in the inbox's filter ("Onboarding"). */
    String procedure();

    /** How one business object is called in messages ("Application"). */
    String noun();

    /** The subject type under which assignments are recorded in the decision log ("APPLICATION"). */
    String auditSubjectType();

    /** What the tasks of these business keys are about: one query for a page of the inbox. */
    Map<String, TaskSubject> describe(Collection<String> businessKeys);

    /**
     * Refuses a claim that the procedure's rules forbid (e.g. the officer who recommended a decision
     * taking its approval). Nothing by default.
     */
    default void beforeClaim(String businessKey, String taskKey, String username) {
    }
}
