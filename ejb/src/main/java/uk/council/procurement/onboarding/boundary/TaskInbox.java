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

import org.camunda.bpm.engine.task.Task;

import uk.council.procurement.onboarding.control.ApplicationQueries;
import uk.council.procurement.onboarding.control.OnboardingWorkflow;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;
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
        var items = new ArrayList<InboxItem>();
        for (Application a : page.rows()) {
            Task task = tasks.get(a.getReference());
            int left = ApplicationViews.workingDaysLeft(a, today, calendar);
            items.add(new InboxItem(task == null ? null : task.getId(),
                    task == null ? taskByStatus.get(a.getStatus()) : task.getTaskDefinitionKey(),
                    task == null ? a.getStatus().label() : task.getName(),
                    task == null || task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                    task == null ? null : task.getAssignee(),
                    a.getReference(), a.getVersion(), a.getProvider().getName(), a.getDps().getReference(),
                    a.getDps().getTitle(), counts.getOrDefault(a.getId(), 0L), a.getSubmittedOn(), a.getDueDate(),
                    a.isDeadlineExtended(), left, ApplicationViews.isOverdue(a, today)));
        }
        return new Page<>(items, page.total());
    }
}
