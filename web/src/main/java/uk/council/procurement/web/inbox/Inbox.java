package uk.council.procurement.web.inbox;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import uk.council.procurement.inbox.boundary.TaskInbox;
import uk.council.procurement.inbox.boundary.TaskInbox.InboxItem;
import uk.council.procurement.inbox.boundary.TaskInbox.InboxQuery;
import uk.council.procurement.notifications.boundary.Notifications;
import uk.council.procurement.platform.workflow.TaskCounts;
import uk.council.procurement.web.faces.Messages;

/**
 * The one task inbox of officers, leads and every other staff role (inbox/tasks.xhtml): the open
 * tasks of every procedure, filtered, sorted and paged in the database, with counts at the top.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TaskInbox inbox;

    @EJB
    transient Notifications notifications;

    @EJB
    transient uk.council.procurement.contracts.boundary.Contracts contracts;

    private String scope = "all";
    private String procedure;
    private boolean overdueOnly;
    private TaskCounts counts;
    private uk.council.procurement.contracts.boundary.DueCounts contractCounts;
    private List<TaskInbox.Procedure> procedures;
    private List<Notifications.Message> messages;

    private final LazyDataModel<InboxItem> tasks = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) inbox.openTasks(query(0, 1, Map.of(), filterBy)).total();
        }

        @Override
        public List<InboxItem> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = inbox.openTasks(query(first, pageSize, sortBy, filterBy));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(InboxItem item) {
            return item.taskId();
        }
    };

    @PostConstruct
    void init() {
        counts = inbox.counts();
        procedures = inbox.procedures();
        messages = notifications.forCurrentUser();
        contractCounts = contracts.dueCounts(null);
    }

    /** Contracts whose extension must be decided soon, and those ending with none left (the register's counts). */
    public uk.council.procurement.contracts.boundary.DueCounts getContractCounts() {
        return contractCounts;
    }

    private InboxQuery query(int first, int max, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy.values().stream().findFirst();
        var text = filterBy.get("globalFilter");
        return new InboxQuery(scope, procedure == null || procedure.isBlank() ? null : procedure, overdueOnly,
                text == null || text.getFilterValue() == null ? null : text.getFilterValue().toString(),
                sort.map(SortMeta::getField).orElse("due"),
                sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true), first, max);
    }

    /** Takes a task from the inbox; the table shows the new assignee. */
    public void assignToMe(String businessKey) {
        if (Messages.attempt(() -> inbox.claim(businessKey), Map.of())) {
            Messages.info("Assigned to you", businessKey);
            counts = inbox.counts();
        }
    }

    /** Shows one of the counts' lists: mine, unassigned, or everything of my roles. */
    public void show(String newScope) {
        scope = newScope;
        overdueOnly = false;
    }

    public void showOverdue() {
        scope = "all";
        overdueOnly = true;
    }

    public LazyDataModel<InboxItem> getTasks() {
        return tasks;
    }

    public TaskCounts getCounts() {
        return counts;
    }

    public List<TaskInbox.Procedure> getProcedures() {
        return procedures;
    }

    public List<Notifications.Message> getMessages() {
        return messages;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
