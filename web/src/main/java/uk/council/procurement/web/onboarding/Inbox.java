package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.notifications.boundary.Notifications;
import uk.council.procurement.onboarding.boundary.InboxItem;
import uk.council.procurement.onboarding.boundary.TaskInbox;
import uk.council.procurement.web.faces.Messages;

/** The task inbox of officers and leads (onboarding/inbox.xhtml). */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TaskInbox inbox;

    @EJB
    transient Notifications notifications;

    private QueryModel<InboxItem> tasks;
    private List<Notifications.Message> messages;

    @PostConstruct
    void init() {
        tasks = QueryModel.of(query -> inbox.openTasks(query), InboxItem::reference);
        messages = notifications.forCurrentUser();
    }

    /** Takes a task from the inbox; the table shows the new assignee. */
    public void assignToMe(String reference) {
        if (Messages.attempt(() -> inbox.assignToMe(reference), Map.of())) {
            Messages.info("Assigned to you", reference);
        }
    }

    public QueryModel<InboxItem> getTasks() {
        return tasks;
    }

    public List<Notifications.Message> getMessages() {
        return messages;
    }
}
