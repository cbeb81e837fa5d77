package uk.council.procurement.notifications.control;

import java.time.Clock;
import java.util.List;
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

    /** Emails read at a time in a pass. */
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

    /** One pass at a time in this server: a pass runs until nothing is due, so a second would only wait on the first. */
    private static final java.util.concurrent.atomic.AtomicBoolean PASSING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Sends what is due, in the background, unless a pass is running already (it will find these too,
     * or the next scheduled pass will, within 30 seconds).
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDueLater() {
        deliverDue();
    }

    /**
     * Sends every email due now, {@value #BATCH} at a time, each in its own transaction, over one SMTP
     * connection for the pass; returns how many were sent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        if (!PASSING.compareAndSet(false, true)) {
            return 0;
        }
        var self = context.getBusinessObject(MailDelivery.class);
        var connection = new Connection(session());
        int sent = 0;
        try {
            // batch after batch until nothing is due (a failure is due again only later, so this ends);
            // the mail server failing stops the pass: the rest wait for the next one
            for (var due = dueIds(); !due.isEmpty() && !connection.failed; due = dueIds()) {
                int before = sent;
                for (Long id : due) {
                    if (connection.failed) {
                        break;
                    }
                    if (self.deliver(id, connection)) {
                        sent++;
                    }
                }
                if (sent == before) {
                    break; // nothing of a batch went
                }
            }
        } finally {
            connection.close();
            PASSING.set(false);
        }
        return sent;
    }

    private List<Long> dueIds() {
        return em.createQuery("select e.id from OutboundEmail e where e.status = :pending and "
                        + "(e.nextAttemptAt is null or e.nextAttemptAt <= :now) order by e.id", Long.class)
                .setParameter("pending", OutboundEmail.Status.PENDING).setParameter("now", clock.instant())
                .setMaxResults(BATCH).getResultList();
    }

    /** Sends one email if it is still due (another sender may have sent it meanwhile). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(Long id, Connection connection) {
        var email = em.find(OutboundEmail.class, id, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (email == null || !email.isDue(now)) {
            return false;
        }
        try {
            connection.send(message(connection.session, email));
            email.sent(now);
            return true;
        } catch (MessagingException | RuntimeException e) {
            connection.close();
            connection.failed = true;
            email.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            LOG.log(Level.INFO, () -> "Email " + id + " to " + email.getRecipient() + " not sent (try " + email.getAttempts()
                    + "): " + e);
            return false;
        }
    }

    /**
     * The container's mail session itself (its authenticator holds the SMTP password, if the server
     * needs one), with time limits added once: a slow or silent server must not hold a row for long.
     */
    private Session session() {
        var properties = mail.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "5000");
        properties.putIfAbsent("mail.smtp.timeout", "10000");
        properties.putIfAbsent("mail.smtp.writetimeout", "10000");
        return mail;
    }

    private static MimeMessage message(Session session, OutboundEmail email) throws MessagingException {
        var message = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        message.setFrom(new InternetAddress(from == null || from.isBlank() ? "dps-noreply@council.example" : from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(email.getRecipient(), true));
        message.setSubject(email.getSubject(), "UTF-8");
        message.setText(email.getBody(), "UTF-8");
        message.setHeader("X-DPS-Reference", email.getSubjectRef() == null ? "" : email.getSubjectRef());
        message.saveChanges();
        return message;
    }

    /** One SMTP connection for a pass, opened at the first email and again after a failure. */
    public static final class Connection {

        private final Session session;
        private Transport transport;
        /** A send failed in this pass (the server is down, or refused): the pass ends. */
        private boolean failed;

        Connection(Session session) {
            this.session = session;
        }

        void send(MimeMessage message) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(message, message.getAllRecipients());
        }

        void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // closing a broken connection: nothing more to do
                }
                transport = null;
            }
        }
    }
}
