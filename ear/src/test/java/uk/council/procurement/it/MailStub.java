package uk.council.procurement.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The mail server as the integration tests see it: GreenMail in the test JVM, listening for SMTP on
 * the port the test server sends to (it.smtp.port). Started by the first test that needs it; what
 * the server sent before that was retried by its outbox.
 */
public final class MailStub {

    private static GreenMail server;

    private MailStub() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3125), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** One email as it arrived. */
    public record Mail(List<String> to, String subject, String body) {
    }

    /** The emails that have arrived for this address so far. */
    public static List<Mail> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, address)).map(MailStub::mail)
                .toList();
    }

    /** Waits (up to a minute: the outbox retries every 30 seconds) for an email to the address whose subject contains the text. */
    public static Mail await(String address, String subjectContains) {
        long until = System.nanoTime() + Duration.ofSeconds(75).toNanos();
        while (System.nanoTime() < until) {
            var found = to(address).stream().filter(m -> m.subject().contains(subjectContains)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Api.sleep(250);
        }
        throw new AssertionError("No email to " + address + " about \"" + subjectContains + "\" arrived; "
                + "those that did: " + to(address));
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail mail(MimeMessage m) {
        try {
            return new Mail(Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList(),
                    m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
