package uk.council.procurement.onboarding.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.workflow.Incident;
import uk.council.procurement.platform.workflow.ProcessStepRecord;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.OnboardingProcess;
import uk.council.procurement.workflows.OnboardingProcess.Vars;

/**
 * The onboarding process as the boundary drives it: one process instance per application, found by
 * its business key (the application reference), through the platform's workflow layer. What is
 * onboarding's own here is the evaluation clock: the due date and the leads' warning.
 */
@Dependent
public class OnboardingWorkflow {

    /** Leads are warned this many working days before the decision is due... */
    static final int WARNING_WORKING_DAYS = 2;
    /** ...at the start of that working day. */
    static final LocalTime WARNING_TIME = LocalTime.of(9, 0);
    /** A decision is due by the end of its due date. */
    static final LocalTime DUE_TIME = LocalTime.of(23, 59, 59);
    static final String WHAT = "Application";

    @Inject
    Workflows workflows;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public void start(Application application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.APPLICATION_ID, application.getId());
        variables.putAll(clockVariables(application.getDueDate()));
        workflows.start(OnboardingProcess.PROCESS_ID, application.getReference(), variables,
                application.getReference() + " " + application.getProvider().getName() + " "
                        + application.getDps().getReference() + " " + application.getDps().getTitle());
    }

    /** Completes the application's open task of the given kind in the name of the user. */
    public void complete(Application application, String taskKey, String username, Map<String, Object> variables) {
        workflows.complete(OnboardingProcess.PROCESS_ID, application.getReference(), taskKey, username, variables, WHAT);
    }

    /** Moves the evaluation clock: the variables, the due date of open tasks, and the warning timer. */
    public void moveDeadline(Application application) {
        var variables = clockVariables(application.getDueDate());
        workflows.setVariables(OnboardingProcess.PROCESS_ID, application.getReference(), variables);
        workflows.setDueDate(OnboardingProcess.PROCESS_ID, application.getReference(),
                ((Date) variables.get(Vars.DUE_DATE)).toInstant());
        workflows.moveTimer(OnboardingProcess.PROCESS_ID, application.getReference(), OnboardingProcess.DEADLINE_WARNING,
                ((Date) variables.get(Vars.WARNING_AT)).toInstant());
    }

    /**
     * The provider withdrew the application: its process ends through the withdrawal event
     * sub-process, taking the open check or task and the deadline warning with it.
     */
    public void withdraw(Application application) {
        workflows.endByMessage(OnboardingProcess.PROCESS_ID, application.getReference(),
                OnboardingProcess.MESSAGE_WITHDRAWN, "Application withdrawn by the provider");
    }

    /** Where an application's process is: its active steps, when leads will be warned, who has the task, what failed. */
    public record State(List<String> currentSteps, Instant deadlineWarningAt, String assignee, List<Incident> incidents) {
        public static final State NOT_STARTED = new State(List.of(), null, null, List.of());
    }

    public State state(String reference) {
        String key = OnboardingProcess.PROCESS_ID;
        return new State(workflows.activeSteps(key, reference),
                workflows.timerDue(key, reference, OnboardingProcess.DEADLINE_WARNING).orElse(null),
                workflows.assignee(key, reference).orElse(null), workflows.incidents(key, reference));
    }

    public List<ProcessStepRecord> steps(String reference) {
        return workflows.steps(OnboardingProcess.PROCESS_ID, reference);
    }

    /** Open incidents of several applications (a page of a list), by reference. */
    public Map<String, List<Incident>> incidents(List<String> references) {
        return workflows.incidents(OnboardingProcess.PROCESS_ID, references);
    }

    public void retry(String reference, String incidentId) {
        workflows.retry(OnboardingProcess.PROCESS_ID, reference, incidentId);
    }

    /** Due date at the end of the due day; the warning at 09:00 two working days before (or soon, if that has passed). */
    Map<String, Object> clockVariables(LocalDate dueDate) {
        Instant due = dueDate.atTime(DUE_TIME).atZone(Clocks.UK).toInstant();
        Instant warning = calendar.subtractWorkingDays(dueDate, WARNING_WORKING_DAYS).atTime(WARNING_TIME)
                .atZone(Clocks.UK).toInstant();
        Instant soon = clock.instant().plusSeconds(60);
        if (warning.isBefore(soon)) {
            warning = soon;
        }
        return Map.of(Vars.DUE_DATE, Date.from(due), Vars.WARNING_AT, Date.from(warning));
    }
}
