package uk.council.procurement.inbox.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.platform.References;
import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Search;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.workflow.OpenTask;
import uk.council.procurement.platform.workflow.TaskCounts;
import uk.council.procurement.platform.workflow.TaskQuery;
import uk.council.procurement.platform.workflow.TaskSubject;
import uk.council.procurement.platform.workflow.TaskSubjects;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * One task inbox for every procedure: the open tasks of the caller's roles, filtered, sorted and
 * paged in the database by the engine, each described by its procedure's {@link TaskSubjects}.
 * Assigning a task to oneself and releasing it work the same way for every procedure.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
public class TaskInbox {

    /** "Due soon" is within this many working days. */
    public static final int DUE_SOON_WORKING_DAYS = 2;
    public static final Set<String> SCOPES = Set.of("all", "mine", "unassigned");

    /** Which open tasks to show; scope is all, mine or unassigned; sortBy is due, created or name. */
    public record InboxQuery(String scope, String procedure, boolean overdueOnly, String text, String sortBy,
            boolean ascending, int first, int max) {

        public static InboxQuery firstPage() {
            return new InboxQuery("all", null, false, null, "due", true, 0, 25);
        }
    }

    /** An open task with what it is about, who has it, and how long is left. */
    public record InboxItem(String taskId, String processKey, String procedure, String taskKey, String taskName,
            Instant created, LocalDate dueDate, Integer workingDaysLeft, boolean overdue, String assignee,
            String assigneeName, String businessKey, String title, String providerName, String market, String detail,
            String link) {
    }

    public record Procedure(String key, String name) {
    }

    @Inject
    Workflows workflows;

    @Inject
    @Any
    Instance<TaskSubjects> subjects;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    Decisions decisions;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public Page<InboxItem> openTasks(InboxQuery query) {
        var q = query == null ? InboxQuery.firstPage() : query;
        String scope = q.scope() == null ? "all" : q.scope().toLowerCase(Locale.UK);
        if (!SCOPES.contains(scope)) {
            throw new InvalidInput("scope", "Must be one of all, mine, unassigned");
        }
        String sort = Search.sortKey(q.sortBy(), TaskQuery.SORTS, "due");
        if (q.procedure() != null && !q.procedure().isBlank() && byKey().get(q.procedure()) == null) {
            throw new InvalidInput("procedure", "Must be one of " + String.join(", ", byKey().keySet()));
        }
        Search.text(q.text());
        Search.page(q.first(), q.max());
        var page = workflows.inbox(new TaskQuery(groups(), currentUser.username(),
                TaskQuery.Scope.valueOf(scope.toUpperCase(Locale.UK)),
                q.procedure() == null || q.procedure().isBlank() ? null : q.procedure(), q.overdueOnly(), q.text(), sort,
                q.ascending(), q.first(), q.max()));
        return new Page<>(describe(page.rows()), page.total());
    }

    /** Unassigned in the caller's roles, the caller's own, due within two working days, overdue. */
    public TaskCounts counts() {
        LocalDate soon = calendar.addWorkingDays(LocalDate.now(clock), DUE_SOON_WORKING_DAYS);
        return workflows.counts(groups(), currentUser.username(),
                soon.atTime(LocalTime.MAX).atZone(Clocks.UK).toInstant());
    }

    /** The procedures whose tasks can appear here, for the inbox's filter. */
    public List<Procedure> procedures() {
        return byKey().values().stream().map(s -> new Procedure(s.processKey(), s.procedure()))
                .sorted(java.util.Comparator.comparing(Procedure::name)).toList();
    }

    /** Takes the open task of the caller's role on this business object: colleagues see who has it. */
    public void claim(String businessKey) {
        var task = taskOfMyRole(businessKey);
        var procedure = byKey().get(task.processKey());
        procedure.beforeClaim(task.businessKey(), task.taskKey(), currentUser.username());
        workflows.claim(task.processKey(), task.businessKey(), task.taskKey(), currentUser.username(), procedure.noun());
        decisions.of(procedure.auditSubjectType(), task.businessKey(), "ASSIGNED")
                .details(task.name() + " assigned to " + currentUser.displayName()).record();
    }

    /** Gives the caller's task back to the team. */
    public void release(String businessKey) {
        var task = taskOfMyRole(businessKey);
        var procedure = byKey().get(task.processKey());
        workflows.release(task.processKey(), task.businessKey(), task.taskKey(), currentUser.username(), procedure.noun());
        decisions.of(procedure.auditSubjectType(), task.businessKey(), "RELEASED")
                .details(task.name() + " released by " + currentUser.displayName()).record();
    }

    private OpenTask taskOfMyRole(String businessKey) {
        String key = References.normalise(businessKey);
        var task = workflows.openTaskOf(key, groups()).filter(t -> byKey().containsKey(t.processKey()));
        if (task.isEmpty() && (key.length() > References.MAX_LENGTH || !workflows.knows(key))) {
            throw new uk.council.procurement.platform.RecordNotFound("Task of", key);
        }
        return task.orElseThrow(() -> new WrongState(key + " has no open task for your role."));
    }

    private List<InboxItem> describe(List<OpenTask> tasks) {
        var byProcedure = tasks.stream().collect(Collectors.groupingBy(OpenTask::processKey));
        Map<String, TaskSubject> described = new HashMap<>();
        byProcedure.forEach((processKey, group) -> {
            var procedure = byKey().get(processKey);
            if (procedure != null) {
                procedure.describe(group.stream().map(OpenTask::businessKey).toList())
                        .forEach((bk, subject) -> described.put(processKey + "/" + bk, subject));
            }
        });
        var names = workflows.namesOf(tasks.stream().map(OpenTask::assignee).toList());
        LocalDate today = LocalDate.now(clock);
        return tasks.stream().map(t -> {
            var subject = described.getOrDefault(t.processKey() + "/" + t.businessKey(),
                    new TaskSubject(t.businessKey(), null, null, null, null));
            var procedure = byKey().get(t.processKey());
            LocalDate due = t.due() == null ? null : t.due().atZone(Clocks.UK).toLocalDate();
            Integer left = due == null ? null : due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
            return new InboxItem(t.id(), t.processKey(), procedure == null ? t.processKey() : procedure.procedure(),
                    t.taskKey(), t.name(), t.created(), due, left, due != null && due.isBefore(today), t.assignee(),
                    t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()), t.businessKey(),
                    subject.title(), subject.provider(), subject.market(), subject.detail(), subject.link());
        }).toList();
    }

    private Map<String, TaskSubjects> byKey() {
        var found = new HashMap<String, TaskSubjects>();
        subjects.forEach(s -> found.put(s.processKey(), s));
        return found;
    }

    private Set<String> groups() {
        return Roles.STAFF.stream().filter(currentUser::isInRole).collect(Collectors.toSet());
    }
}
