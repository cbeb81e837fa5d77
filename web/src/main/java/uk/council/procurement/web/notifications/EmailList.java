package uk.council.procurement.web.notifications;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import uk.council.procurement.notifications.boundary.EmailView;
import uk.council.procurement.notifications.boundary.Emails;
import uk.council.procurement.notifications.entity.OutboundEmail;
import uk.council.procurement.web.faces.Messages;
import uk.council.procurement.web.faces.SearchedPages;

/**
 * The emails sent to providers' users (notifications/emails.xhtml), newest first, searched and
 * filtered by status in the database and paged; one not sent can be tried again.
 */
@Named
@ViewScoped
public class EmailList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Emails emails;

    private LazyDataModel<EmailView> rows;
    private EmailView shown;

    @PostConstruct
    void init() {
        rows = SearchedPages.of((text, status, first, max) -> emails.list(text, status, first, max),
                OutboundEmail.Status.class, e -> String.valueOf(e.id()));
    }

    public void show(EmailView email) {
        shown = email;
    }

    public void retry(EmailView email) {
        var retried = Messages.attempt(() -> emails.retry(email.id(), email.version()), Map.of());
        if (retried != null) {
            Messages.info("Sending again", "The email to " + retried.recipient() + " will be sent in a moment.");
        }
    }

    public LazyDataModel<EmailView> getRows() {
        return rows;
    }

    public EmailView getShown() {
        return shown;
    }

    public OutboundEmail.Status[] getStatuses() {
        return OutboundEmail.Status.values();
    }
}
