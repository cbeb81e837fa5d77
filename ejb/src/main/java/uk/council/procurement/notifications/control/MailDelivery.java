package uk.council.procurement.notifications.control;

import java.time.Clock;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.notifications.entity.OutboundEmail;

/**
 * Sends the emails of the outbox through WildFly's mail session ({@code java:jboss/mail/Default}:
 * the SMTP server of the {@code mail-smtp} socket binding, {@code jboss.mail.server.host} and
 * {@code .port}). Each email is sent in its own transaction holding its row's lock, so two senders at
 * once (after a commit, and the minute's retry) never send one twice; a failure is kept and tried
 * again later. Delivery is at least once: a crash between the send and its commit sends it again.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Emails sent in one pass; the rest wait for the next. */
    static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Sends what is due, in the background. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDueLater() {
        deliverDue();
    }

    /** Sends every email due now (at most {@value #BATCH}), each in its own transaction; returns how many were sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        var due = em.createQuery("select e.id from OutboundEmail e where e.status = :pending and "
                        + "(e.nextAttemptAt is null or e.nextAttemptAt <= :now) order by e.id", Long.class)
                .setParameter("pending", OutboundEmail.Status.PENDING).setParameter("now", clock.instant())
                .setMaxResults(BATCH).getResultList();
        var self = context.getBusinessObject(MailDelivery.class);
        int sent = 0;
        for (Long id : due) {
            if (self.deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Sends one email if it is still due (another sender may have sent it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(Long id) {
        var email = em.find(OutboundEmail.class, id, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (email == null || !email.isDue(now)) {
            return false;
        }
        try {
            send(email);
            email.sent(now);
            return true;
        } catch (MessagingException | RuntimeException e) {
            email.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            LOG.log(Level.INFO, () -> "Email " + id + " to " + email.getRecipient() + " not sent (try " + email.getAttempts()
                    + "): " + e);
            return false;
        }
    }

    private void send(OutboundEmail email) throws MessagingException {
        var properties = new Properties();
        properties.putAll(mail.getProperties());
        // a slow or silent mail server must not hold the row (and a thread) for long
        properties.putIfAbsent("mail.smtp.connectiontimeout", "5000");
        properties.putIfAbsent("mail.smtp.timeout", "10000");
        properties.putIfAbsent("mail.smtp.writetimeout", "10000");
        var session = Session.getInstance(properties);
        var message = new MimeMessage(session);
        String from = properties.getProperty("mail.from");
        message.setFrom(new InternetAddress(from == null || from.isBlank() ? "dps-noreply@council.example" : from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getRecipient(), true));
        message.setSubject(email.getSubject(), "UTF-8");
        message.setText(email.getBody(), "UTF-8");
        message.setHeader("X-DPS-Reference", email.getSubjectRef() == null ? "" : email.getSubjectRef());
        Transport.send(message);
    }
}
