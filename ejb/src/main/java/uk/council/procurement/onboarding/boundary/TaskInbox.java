package uk.council.procurement.onboarding.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.camunda.bpm.engine.task.Task;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.onboarding.control.ApplicationQueries;
import uk.council.procurement.onboarding.control.OnboardingWorkflow;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
import uk.council.procurement.security.control.People;
import uk.council.procurement.workflows.OnboardingProcess;

/**
 * The open onboarding tasks of the caller's roles: evaluations for procurement officers, approvals
 * for commissioning leads. Filtered, sorted and paged in the database on the application's data,
 * then matched with the process engine's tasks of that page in one query.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD})
public class TaskInbox {

    @EJB
    CurrentUser currentUser;

    @Inject
    ApplicationQueries queries;

    @Inject
    OnboardingWorkflow workflow;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    public Page<InboxItem> openTasks(ApplicationQuery query) {
        var q = query == null ? ApplicationQuery.firstPage() : query;
        Map<ApplicationStatus, String> taskByStatus = new HashMap<>();
        if (currentUser.isInRole(Roles.PROCUREMENT_OFFICER)) {
            taskByStatus.put(ApplicationStatus.UNDER_EVALUATION, OnboardingProcess.EVALUATE_APPLICATION);
        }
        if (currentUser.isInRole(Roles.COMMISSIONING_LEAD)) {
            taskByStatus.put(ApplicationStatus.AWAITING_APPROVAL, OnboardingProcess.APPROVE_DECISION);
        }
        LocalDate today = LocalDate.now(clock);
        var page = queries.search(q, taskByStatus.keySet(), null, today);
        var counts = queries.lotCounts(page.rows());
        Map<String, Task> tasks = new HashMap<>();
        for (var entry : taskByStatus.entrySet()) {
            var references = page.rows().stream().filter(a -> a.getStatus() == entry.getKey())
                    .map(Application::getReference).toList();
            tasks.putAll(workflow.openTasks(references, entry.getValue()));
        }
        var names = people.namesOf(tasks.values().stream().map(Task::getAssignee).toList());
        var items = new ArrayList<InboxItem>();
        for (Application a : page.rows()) {
            Task task = tasks.get(a.getReference());
            int left = ApplicationViews.workingDaysLeft(a, today, calendar);
            items.add(new InboxItem(task == null ? null : task.getId(),
                    task == null ? taskByStatus.get(a.getStatus()) : task.getTaskDefinitionKey(),
                    task == null ? a.getStatus().label() : task.getName(),
                    task == null || task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task == null ? null : task.getAssignee(),
                    task == null || task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()),
                    a.getReference(), a.getVersion(), a.getProvider().getName(), a.getDps().getReference(),
                    a.getDps().getTitle(), counts.getOrDefault(a.getId(), 0L), a.getSubmittedOn(), a.getDueDate(),
                    a.isDeadlineExtended(), left, ApplicationViews.isOverdue(a, today)));
        }
        return new Page<>(items, page.total());
    }

    /** Takes the application's open task of the caller's role: colleagues see who is working on it. */
    public void assignToMe(String reference) {
        var application = load(reference);
        workflow.assign(application.getReference(), taskFor(application), currentUser.username());
        audit.record(Applications.SUBJECT, application.getReference(), "ASSIGNED", null,
                "Assigned to " + currentUser.displayName());
    }

    /** Gives the caller's task back to the team. */
    public void release(String reference) {
        var application = load(reference);
        workflow.release(application.getReference(), taskFor(application), currentUser.username());
        audit.record(Applications.SUBJECT, application.getReference(), "RELEASED", null,
                "Released by " + currentUser.displayName());
    }

    private Application load(String reference) {
        return em.createNamedQuery(Application.BY_REFERENCE, Application.class)
                .setParameter("reference", reference == null ? "" : reference.trim().toUpperCase(java.util.Locale.UK))
                .getResultStream().findFirst()
                .filter(a -> a.getStatus() != ApplicationStatus.DRAFT)
                .orElseThrow(() -> new RecordNotFound("Application", reference));
    }

    /** The task the caller's role does at this stage, refusing when it is another role's. */
    private String taskFor(Application application) {
        if (application.getStatus() == ApplicationStatus.UNDER_EVALUATION && currentUser.isInRole(Roles.PROCUREMENT_OFFICER)) {
            return OnboardingProcess.EVALUATE_APPLICATION;
        }
        if (application.getStatus() == ApplicationStatus.AWAITING_APPROVAL && currentUser.isInRole(Roles.COMMISSIONING_LEAD)) {
            return OnboardingProcess.APPROVE_DECISION;
        }
        throw new WrongState("Application " + application.getReference() + " is " + application.getStatus().label()
                .toLowerCase(java.util.Locale.UK) + "; it has no task for your role.");
    }
}
