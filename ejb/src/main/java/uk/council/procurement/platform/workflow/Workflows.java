package uk.council.procurement.platform.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

import uk.council.procurement.platform.ConcurrentChange;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.security.control.People;

/**
 * The process engine as every capability uses it, keyed by process key and business key (one
 * process per business object: application reference, requirement reference, contract reference).
 * Runs in the caller's transaction.
 */
@Dependent
public class Workflows {

    /**
     * Process variable with the words a process's tasks are found by in the inbox (lower case):
     * its subject's title, provider and market, set when the process starts.
     */
    public static final String SEARCH_TEXT = "searchText";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    HistoryService history;

    @Inject
    ManagementService management;

    @Inject
    RepositoryService repository;

    @Inject
    org.camunda.bpm.engine.IdentityService identityService;

    @Inject
    People people;

    @Inject
    Clock clock;

    // --- processes ---

    public void start(String processKey, String businessKey, Map<String, Object> variables, String searchText) {
        var all = new HashMap<>(variables);
        all.put(SEARCH_TEXT, searchText == null ? "" : searchText.toLowerCase(Locale.UK));
        runtime.startProcessInstanceByKey(processKey, businessKey, all);
    }

    /**
     * Starts a process through its message start event (for a model that also starts on a timer, which
     * a none start event cannot share a process with).
     */
    public void startByMessage(String messageName, String businessKey, Map<String, Object> variables,
            String searchText) {
        var all = new HashMap<>(variables);
        all.put(SEARCH_TEXT, searchText == null ? "" : searchText.toLowerCase(Locale.UK));
        runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey).setVariables(all)
                .correlateStartMessage();
    }

    /**
     * Starts a process at a given step rather than at its start event (for data brought in from
     * elsewhere, and the inbox benchmark of test runs).
     */
    public void startAt(String processKey, String businessKey, String activityId, Map<String, Object> variables,
            String searchText) {
        var all = new HashMap<>(variables);
        all.put(SEARCH_TEXT, searchText == null ? "" : searchText.toLowerCase(Locale.UK));
        // Variables given before the first instruction are the process instance's, there before any
        // scope (and its timers) is created.
        runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).setVariables(all)
                .startBeforeActivity(activityId).execute();
    }

    /**
     * Ends the business object's running process through a message its model waits for (an
     * interrupting event sub-process), so that its open tasks, jobs and timers go and its history
     * says why. A process started before its model had that message is deleted with the reason
     * instead; with no process running there is nothing to end.
     */
    public void endByMessage(String processKey, String businessKey, String messageName, String reason) {
        runningInstance(processKey, businessKey).ifPresent(id -> {
            boolean awaited = runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message")
                    .eventName(messageName).count() > 0;
            if (awaited) {
                runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
                        .processInstanceId(id).correlate();
            } else {
                runtime.deleteProcessInstance(id, reason);
            }
        });
    }

    /**
     * Delivers a message the business object's process is waiting for (a receive task), with
     * variables. A process not waiting for it means the caller acted on a stale page.
     */
    public void correlate(String processKey, String businessKey, String messageName, Map<String, Object> variables,
            String what) {
        String id = runningInstance(processKey, businessKey).orElseThrow(() -> new ConcurrentChange(what, businessKey));
        boolean awaited = runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message")
                .eventName(messageName).count() > 0;
        if (!awaited) {
            throw new ConcurrentChange(what, businessKey);
        }
        runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey).processInstanceId(id)
                .setVariables(variables).correlate();
    }

    /**
     * Delivers a message if the business object's process waits for it now, and says whether it did.
     * For answers that the process reads back from the record anyway (the care-at-home cascade): a
     * process not waiting (between steps) finds the answer when its next step runs.
     */
    public boolean correlateIfAwaited(String processKey, String businessKey, String messageName) {
        var id = runningInstance(processKey, businessKey);
        if (id.isEmpty() || runtime.createEventSubscriptionQuery().processInstanceId(id.get()).eventType("message")
                .eventName(messageName).count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey).processInstanceId(id.get())
                .correlate();
        return true;
    }

    public void setVariables(String processKey, String businessKey, Map<String, Object> variables) {
        runningInstance(processKey, businessKey).ifPresent(id -> runtime.setVariables(id, variables));
    }

    // --- operators ---

    /**
     * Makes an operator known to the engine's identity service, which Camunda Cockpit looks the
     * signed-in user up in (authentication itself is the server's; no password is kept there).
     */
    public void registerOperator(String username, String fullName) {
        registerOperator(identityService, username, fullName);
    }

    /** The same, for the engine's bootstrap, which has the engine before CDI can inject its services. */
    public static void registerOperator(org.camunda.bpm.engine.IdentityService identity, String username,
            String fullName) {
        if (identity.createUserQuery().userId(username).count() > 0) {
            return;
        }
        var user = identity.newUser(username);
        String name = fullName == null ? username : fullName.strip();
        int space = name.lastIndexOf(' ');
        user.setFirstName(space > 0 ? name.substring(0, space) : name);
        user.setLastName(space > 0 ? name.substring(space + 1) : "");
        identity.saveUser(user);
    }

    // --- tasks of one business object ---

    /**
     * Completes the open task in the name of the user, so that the process history shows who did it.
     * A task already completed means the caller acted on a stale page; a task assigned to a colleague
     * is theirs until they release it.
     *
     * @param what how the business object is named in refusals ("Application")
     */
    public void complete(String processKey, String businessKey, String taskKey, String username,
            Map<String, Object> variables, String what) {
        Task task = engineTask(processKey, businessKey, taskKey).orElseThrow(() -> new ConcurrentChange(what, businessKey));
        String subject = what + " " + businessKey;
        requireFreeOrMine(subject, task, username);
        tasks.setAssignee(task.getId(), username);
        tasks.complete(task.getId(), variables);
    }

    /** Assigns the open task to the user ("I am working on this"). */
    public void claim(String processKey, String businessKey, String taskKey, String username, String what) {
        String subject = what + " " + businessKey;
        Task task = engineTask(processKey, businessKey, taskKey)
                .orElseThrow(() -> new WrongState(subject + " has no open task to assign."));
        requireFreeOrMine(subject, task, username);
        tasks.setAssignee(task.getId(), username);
    }

    /** Releases the user's assignment so that a colleague can take the task. */
    public void release(String processKey, String businessKey, String taskKey, String username, String what) {
        String subject = what + " " + businessKey;
        Task task = engineTask(processKey, businessKey, taskKey)
                .orElseThrow(() -> new WrongState(subject + " has no open task to release."));
        if (!username.equals(task.getAssignee())) {
            throw new WrongState(subject + " is not assigned to you.");
        }
        tasks.setAssignee(task.getId(), null);
    }

    /** The open task of one of these candidate groups on a business object, in whichever procedure. */
    public Optional<OpenTask> openTaskOf(String businessKey, java.util.Set<String> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        var found = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks().active().list();
        var processKeys = processKeys(found);
        return found.stream().findFirst()
                .map(t -> toOpenTask(t, processKeys.get(t.getProcessDefinitionId()), businessKey));
    }

    /** Whether a process of this key runs for the business object now. */
    public boolean isRunning(String processKey, String businessKey) {
        return runningInstance(processKey, businessKey).isPresent();
    }

    /**
     * Whether the process running for the business object has this element in its definition (a
     * process started from an older version of the model may not have a step added since).
     */
    public boolean hasStep(String processKey, String businessKey, String elementId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .list().stream().findFirst()
                .map(pi -> repository.getBpmnModelInstance(pi.getProcessDefinitionId()).getModelElementById(elementId) != null)
                .orElse(false);
    }

    /** The definition key (the BPMN id) of the business object's open task, if it has one. */
    public Optional<String> openTaskKey(String processKey, String businessKey) {
        return runningInstance(processKey, businessKey).flatMap(id -> tasks.createTaskQuery().processInstanceId(id)
                .active().list().stream().findFirst().map(Task::getTaskDefinitionKey));
    }

    /** Whether any process, running or ended, ever ran for this business key. */
    public boolean knows(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
    }

    /** Sets the due date of every open task of the business object. */
    public void setDueDate(String processKey, String businessKey, Instant due) {
        runningInstance(processKey, businessKey).ifPresent(id -> {
            for (Task task : tasks.createTaskQuery().processInstanceId(id).list()) {
                task.setDueDate(Date.from(due));
                tasks.saveTask(task);
            }
        });
    }

    // --- timers ---

    public Optional<Instant> timerDue(String processKey, String businessKey, String activityId) {
        return runningInstance(processKey, businessKey).flatMap(id -> management.createJobQuery().processInstanceId(id)
                .activityId(activityId).list().stream().map(job -> job.getDuedate().toInstant()).findFirst());
    }

    /** When a procedure's start timer (e.g. a daily run) next fires. */
    public Optional<Instant> nextStartTimer(String processKey) {
        return management.createJobQuery().processDefinitionKey(processKey).timers().orderByJobDuedate().asc()
                .listPage(0, 1).stream().map(job -> job.getDuedate().toInstant()).findFirst();
    }

    /** When the start timer of a process with several timers (its start event's id) next fires. */
    public Optional<Instant> nextStartTimer(String processKey, String startEventId) {
        return management.createJobQuery().processDefinitionKey(processKey).activityId(startEventId).timers()
                .orderByJobDuedate().asc().listPage(0, 1).stream().map(job -> job.getDuedate().toInstant()).findFirst();
    }

    public void moveTimer(String processKey, String businessKey, String activityId, Instant due) {
        runningInstance(processKey, businessKey).ifPresent(id -> management.createJobQuery().processInstanceId(id)
                .activityId(activityId).list().forEach(job -> management.setJobDuedate(job.getId(), Date.from(due))));
    }

    // --- where a process is, and where it went ---

    /** The active steps of the business object's process (names), empty once it has ended. */
    public List<String> activeSteps(String processKey, String businessKey) {
        return historicInstance(processKey, businessKey).map(id -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(id).unfinished().list().stream()
                .filter(a -> a.getActivityName() != null && !"subProcess".equals(a.getActivityType())
                        && !a.getActivityType().contains("boundary"))
                .map(HistoricActivityInstance::getActivityName).toList()).orElse(List.of());
    }

    /** Who the business object's open task is assigned to, if anyone. */
    public Optional<String> assignee(String processKey, String businessKey) {
        return runningInstance(processKey, businessKey).flatMap(id -> tasks.createTaskQuery().processInstanceId(id)
                .active().list().stream().map(Task::getAssignee).filter(Objects::nonNull).findFirst());
    }

    /** Every step the business object's process went through, in order, with who did the user tasks. */
    public List<ProcessStepRecord> steps(String processKey, String businessKey) {
        return historicInstance(processKey, businessKey).map(id -> history.createHistoricActivityInstanceQuery()
                .processInstanceId(id).orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> a.getActivityName() != null)
                .map(a -> new ProcessStepRecord(a.getActivityId(), a.getActivityName(), a.getActivityType(),
                        a.getStartTime() == null ? null : a.getStartTime().toInstant(),
                        a.getEndTime() == null ? null : a.getEndTime().toInstant(), a.getAssignee()))
                .toList()).orElse(List.of());
    }

    // --- incidents ---

    /**
     * Open incidents of business objects, by business key. Incidents are few, so all of the
     * procedure's are read (one query) and matched to the business keys (one more).
     */
    public Map<String, List<Incident>> incidents(String processKey, Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        var open = runtime.createIncidentQuery().processDefinitionKeyIn(processKey).list();
        if (open.isEmpty()) {
            return Map.of();
        }
        var keyOf = new HashMap<String, String>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(i -> i.getProcessInstanceId()).collect(Collectors.toSet()))
                .list().forEach(pi -> keyOf.put(pi.getId(), pi.getBusinessKey()));
        var wanted = new HashSet<>(businessKeys);
        return open.stream().filter(i -> wanted.contains(keyOf.get(i.getProcessInstanceId())))
                .map(i -> new Incident(i.getId(), processKey, keyOf.get(i.getProcessInstanceId()), i.getActivityId(),
                        activityName(i.getProcessDefinitionId(), i.getActivityId()), i.getIncidentMessage(),
                        i.getIncidentTimestamp().toInstant(), i.getConfiguration()))
                .collect(Collectors.groupingBy(Incident::businessKey));
    }

    public List<Incident> incidents(String processKey, String businessKey) {
        return incidents(processKey, List.of(businessKey)).getOrDefault(businessKey, List.of());
    }

    /** Gives the failed step of the business object's process one more try, on the job executor. */
    public void retry(String processKey, String businessKey, String incidentId) {
        var incident = incidents(processKey, businessKey).stream().filter(i -> i.id().equals(incidentId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Incident", incidentId));
        if (incident.jobId() == null) {
            throw new WrongState("This incident has no job to retry.");
        }
        // Now, not at the next slot of the step's retry cycle: the operator has mended the cause.
        management.setJobDuedate(incident.jobId(), Date.from(clock.instant()));
        management.setJobRetries(incident.jobId(), 1);
    }

    // --- the inbox ---

    /** A page of open tasks, filtered, sorted and paged in the database. */
    public Page<OpenTask> inbox(TaskQuery q) {
        if (q.groups().isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        var query = scoped(q.groups(), q.user(), q.scope());
        if (q.processKey() != null) {
            query.processDefinitionKey(q.processKey());
        }
        if (q.overdueOnly()) {
            query.dueBefore(Date.from(clock.instant()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = uk.council.procurement.platform.Search.escapeLike(q.text().strip());
            query.or().processInstanceBusinessKeyLike("%" + text.toUpperCase(Locale.UK) + "%")
                    .processVariableValueLike(SEARCH_TEXT, "%" + text.toLowerCase(Locale.UK) + "%").endOr();
        }
        switch (q.sortBy() == null ? "due" : q.sortBy()) {
            case "created" -> query.orderByTaskCreateTime();
            case "name" -> query.orderByTaskName();
            default -> query.orderByDueDate();
        }
        if (q.ascending()) {
            query.asc();
        } else {
            query.desc();
        }
        query.orderByTaskId().asc();
        long total = query.count();
        var page = query.listPage(Math.max(0, q.first()), Math.max(1, Math.min(q.max(), 200)));
        var keys = businessKeys(page);
        var processKeys = processKeys(page);
        return new Page<>(page.stream().map(t -> toOpenTask(t, processKeys.get(t.getProcessDefinitionId()),
                keys.get(t.getProcessInstanceId()))).toList(), total);
    }

    /** The inbox's figures: unassigned in the caller's roles, the caller's own, due within the given instant, overdue. */
    public TaskCounts counts(java.util.Set<String> groups, String user, Instant soon) {
        if (groups.isEmpty()) {
            return new TaskCounts(0, 0, 0, 0);
        }
        Date now = Date.from(clock.instant());
        return new TaskCounts(
                scoped(groups, user, TaskQuery.Scope.UNASSIGNED).count(),
                scoped(groups, user, TaskQuery.Scope.MINE).count(),
                scoped(groups, user, TaskQuery.Scope.ALL).dueAfter(now).dueBefore(Date.from(soon)).count(),
                scoped(groups, user, TaskQuery.Scope.ALL).dueBefore(now).count());
    }

    public Map<String, String> namesOf(Collection<String> usernames) {
        return people.namesOf(usernames.stream().filter(Objects::nonNull).toList());
    }

    private org.camunda.bpm.engine.task.TaskQuery scoped(java.util.Set<String> groups, String user,
            TaskQuery.Scope scope) {
        var query = tasks.createTaskQuery().active();
        return switch (scope) {
            case MINE -> query.taskAssignee(user);
            case UNASSIGNED -> query.taskCandidateGroupIn(List.copyOf(groups)).taskUnassigned();
            case ALL -> query.taskCandidateGroupIn(List.copyOf(groups)).includeAssignedTasks();
        };
    }

    // --- helpers ---

    private void requireFreeOrMine(String subject, Task task, String username) {
        if (task.getAssignee() != null && !task.getAssignee().equals(username)) {
            throw new WrongState(subject + " is assigned to " + people.nameOf(task.getAssignee())
                    + "; ask them to release it first.");
        }
    }

    private Optional<Task> engineTask(String processKey, String businessKey, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey).active().list().stream().findFirst();
    }

    private Optional<String> runningInstance(String processKey, String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().findFirst().map(pi -> pi.getId());
    }

    private Optional<String> historicInstance(String processKey, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey).list().stream().findFirst().map(pi -> pi.getId());
    }

    /** A task does not carry its business key: map process instances to business keys in one query. */
    private Map<String, String> businessKeys(List<Task> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        var byInstance = new HashMap<String, String>();
        runtime.createProcessInstanceQuery()
                .processInstanceIds(found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().forEach(pi -> byInstance.put(pi.getId(), pi.getBusinessKey()));
        return byInstance;
    }

    private Map<String, String> processKeys(List<Task> found) {
        var ids = found.stream().map(Task::getProcessDefinitionId).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(ids.toArray(String[]::new)).list()
                .stream().collect(Collectors.toMap(ProcessDefinition::getId, ProcessDefinition::getKey));
    }

    /** The step's name in the BPMN (an asynchronous step that failed has not started, so history has no name). */
    private String activityName(String processDefinitionId, String activityId) {
        var element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        String name = element == null ? null : element.getAttributeValue("name");
        return name == null ? activityId : name;
    }

    private static OpenTask toOpenTask(Task t, String processKey, String businessKey) {
        return new OpenTask(t.getId(), processKey, businessKey, t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                t.getCreateTime() == null ? null : t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant());
    }

}
