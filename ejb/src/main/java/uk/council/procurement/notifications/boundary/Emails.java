package uk.council.procurement.notifications.boundary;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.notifications.entity.OutboundEmail;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.Search;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.security.Roles;

/**
 * The emails the application has sent or is sending to providers, for council staff and the
 * administrator: newest first, searchable, with why one was not sent; one not sent can be tried again.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.ADMIN})
public class Emails {

    public static final String SUBJECT = "EMAIL";
    private static final String WHAT = "Email";

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /** Emails matching the text (recipient, reference, subject), of one status if given, newest first. */
    public Page<EmailView> list(String text, OutboundEmail.Status status, int first, int max) {
        Search.page(first, max);
        String like = Search.contains(text);
        var clauses = new java.util.ArrayList<String>();
        if (status != null) {
            clauses.add("e.status = :status");
        }
        if (like != null) {
            clauses.add("(lower(e.recipient) like :text" + Search.ESCAPE + " or lower(e.subjectRef) like :text"
                    + Search.ESCAPE + " or lower(e.subject) like :text" + Search.ESCAPE + ")");
        }
        String where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        var query = em.createQuery("select e from OutboundEmail e" + where + " order by e.createdAt desc, e.id desc",
                OutboundEmail.class);
        var count = em.createQuery("select count(e) from OutboundEmail e" + where, Long.class);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        if (like != null) {
            query.setParameter("text", like);
            count.setParameter("text", like);
        }
        var rows = query.setFirstResult(first).setMaxResults(max).getResultList().stream().map(EmailView::of)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        return new Page<>(rows, count.getSingleResult());
    }

    public EmailView find(Long id) {
        return EmailView.of(load(id));
    }

    /** Tries an email that was not sent again now, recorded with who asked. */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.ADMIN})
    public EmailView retry(Long id, long version) {
        var email = load(id);
        Versions.expect(email.getVersion(), version, WHAT, id);
        email.retry(clock.instant());
        Versions.flush(em, WHAT, id);
        // the email is sent once this commits (the outbox sends after any decision about an email)
        decisions.of(SUBJECT, String.valueOf(id), "RETRIED").details("To " + email.getRecipient() + ": " + email.getSubject())
                .record();
        return EmailView.of(email);
    }

    private OutboundEmail load(Long id) {
        var email = id == null ? null : em.find(OutboundEmail.class, id);
        if (email == null) {
            throw new RecordNotFound(WHAT, id);
        }
        return email;
    }
}
