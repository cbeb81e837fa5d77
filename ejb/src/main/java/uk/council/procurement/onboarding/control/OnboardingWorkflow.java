package uk.council.procurement.onboarding.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;

import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.ConcurrentChange;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.security.control.People;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.workflows.OnboardingProcess;
import uk.council.procurement.workflows.OnboardingProcess.Vars;

/**
 * The onboarding process as the boundary drives it: one process instance per application, found by
 * its business key (the application reference). Runs in the caller's transaction.
 */
@Dependent
public class OnboardingWorkflow {

    /** Leads are warned this many working days before the decision is due... */
    static final int WARNING_WORKING_DAYS = 2;
    /** ...at the start of that working day. */
    static final LocalTime WARNING_TIME = LocalTime.of(9, 0);
    /** A decision is due by the end of its due date. */
    static final LocalTime DUE_TIME = LocalTime.of(23, 59, 59);

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    People people;

    public void start(Application application) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.APPLICATION_ID, application.getId());
        variables.putAll(clockVariables(application.getDueDate()));
        runtime.startProcessInstanceByKey(OnboardingProcess.PROCESS_ID, application.getReference(), variables);
    }

    /**
     * Completes the application's open task of the given kind in the name of the user, so that the
     * process history shows who did it. A task already completed by someone else means the caller
     * acted on stale information; a task assigned to a colleague is theirs until they release it.
     */
    public void complete(Application application, String taskKey, String username, Map<String, Object> variables) {
        Task task = openTask(application.getReference(), taskKey)
                .orElseThrow(() -> new ConcurrentChange("Application", application.getReference()));
        requireFreeOrMine(application.getReference(), task, username);
        tasks.setAssignee(task.getId(), username);
        tasks.complete(task.getId(), variables);
    }

    /** Assigns the application's open task of the given kind to the user ("I am working on this"). */
    public void assign(String reference, String taskKey, String username) {
        Task task = openTask(reference, taskKey).orElseThrow(() -> new WrongState(
                "Application " + reference + " has no open task to assign."));
        requireFreeOrMine(reference, task, username);
        tasks.setAssignee(task.getId(), username);
    }

    /** Releases the user's assignment so that a colleague can take the task. */
    public void release(String reference, String taskKey, String username) {
        Task task = openTask(reference, taskKey).orElseThrow(() -> new WrongState(
                "Application " + reference + " has no open task to release."));
        if (!username.equals(task.getAssignee())) {
            throw new WrongState("Application " + reference + " is not assigned to you.");
        }
        tasks.setAssignee(task.getId(), null);
    }

    private void requireFreeOrMine(String reference, Task task, String username) {
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new WrongState("Application " + reference + " is assigned to " + people.nameOf(task.getAssignee())
                    + "; ask them to release it first.");
        }
    }

    public Optional<Task> openTask(String reference, String taskKey) {
        return tasks.createTaskQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_ID)
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .active()
                .list().stream().findFirst();
    }

    /** Open tasks of several applications at once (one query), by business key. */
    public Map<String, Task> openTasks(List<String> references, String taskKey) {
        if (references.isEmpty()) {
            return Map.of();
        }
        var open = tasks.createTaskQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_ID)
                .processInstanceBusinessKeyIn(references.toArray(String[]::new))
                .taskDefinitionKey(taskKey)
                .active()
                .list();
        if (open.isEmpty()) {
            return Map.of();
        }
        // A task does not carry its business key: map process instances to business keys in one query.
        var byInstance = new HashMap<String, String>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .forEach(pi -> byInstance.put(pi.getId(), pi.getBusinessKey()));
        var found = new HashMap<String, Task>();
        open.forEach(t -> found.put(byInstance.get(t.getProcessInstanceId()), t));
        return found;
    }

    /** Moves the evaluation clock: the variables, the due date of open tasks, and the warning timer. */
    public void moveDeadline(Application application) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_ID)
                .processInstanceBusinessKey(application.getReference())
                .singleResult();
        if (instance == null) {
            return;
        }
        var variables = clockVariables(application.getDueDate());
        runtime.setVariables(instance.getId(), variables);
        Date due = (Date) variables.get(Vars.DUE_DATE);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
        management.createJobQuery().processInstanceId(instance.getId())
                .activityId(OnboardingProcess.DEADLINE_WARNING).list()
                .forEach(job -> management.setJobDuedate(job.getId(), (Date) variables.get(Vars.WARNING_AT)));
    }

    /** Where an application's process is: its active steps, and when leads will be warned of the due date. */
    public record State(List<String> currentSteps, Instant deadlineWarningAt, String assignee) {
        public static final State NOT_STARTED = new State(List.of(), null, null);
    }

    public State state(String reference) {
        var processInstanceId = processInstanceId(reference);
        if (processInstanceId.isEmpty()) {
            return State.NOT_STARTED;
        }
        var steps = history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId.get())
                .unfinished()
                .list().stream()
                .filter(a -> a.getActivityName() != null && !"subProcess".equals(a.getActivityType())
                        && !a.getActivityType().contains("boundary"))
                .map(HistoricActivityInstance::getActivityName)
                .toList();
        var warning = management.createJobQuery().processInstanceId(processInstanceId.get())
                .activityId(OnboardingProcess.DEADLINE_WARNING).list().stream()
                .map(job -> job.getDuedate().toInstant()).findFirst().orElse(null);
        var assignee = tasks.createTaskQuery().processInstanceId(processInstanceId.get()).active().list().stream()
                .map(Task::getAssignee).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new State(steps, warning, assignee);
    }

    public record Step(String activityId, String name, String type, Instant started, Instant ended, String assignee) {
    }

    /** Every step the application's process went through, in order, with who did the user tasks. */
    public List<Step> steps(String reference) {
        var processInstanceId = processInstanceId(reference);
        if (processInstanceId.isEmpty()) {
            return List.of();
        }
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId.get())
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(a -> a.getActivityName() != null)
                .map(a -> new Step(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime() == null ? null : a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(),
                        a.getAssignee()))
                .toList();
    }

    private Optional<String> processInstanceId(String reference) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_ID)
                .processInstanceBusinessKey(reference)
                .list().stream().findFirst().map(pi -> pi.getId());
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
