package uk.council.procurement.notifications.control;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.notifications.boundary.Emails;
import uk.council.procurement.notifications.entity.OutboundEmail;
import uk.council.procurement.platform.events.Decision;

/**
 * Each notice a decision sends to a provider is also emailed to that provider's users: the emails are
 * written in the decision's transaction (they exist exactly when it does) and sent once it commits.
 */
@ApplicationScoped
public class MailOutbox {

    /** Where the emails point providers to: {@code dps.public-url}, the application's address as providers reach it. */
    static final String DEFAULT_PUBLIC_URL = "http://localhost:8080/dps/";

    @PersistenceContext
    EntityManager em;

    @EJB
    MailDelivery delivery;

    void write(@Observes Decision d) {
        var providers = d.notices().stream().map(Decision.Notice::providerId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (providers.isEmpty()) {
            return;
        }
        var addresses = recipients(providers);
        for (var notice : d.notices()) {
            if (notice.providerId() == null) {
                continue;
            }
            for (String address : addresses.getOrDefault(notice.providerId(), List.of())) {
                em.persist(new OutboundEmail(address, notice.providerId(), notice.subjectRef(),
                        subject(notice.subjectRef(), notice.message()), body(notice.message()), d.at()));
            }
        }
    }

    /** Once the decision has committed, its emails are sent without keeping anyone waiting. */
    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Decision d) {
        if (Emails.SUBJECT.equals(d.subjectType()) || d.notices().stream().anyMatch(n -> n.providerId() != null)) {
            delivery.deliverDueLater();
        }
    }

    /** The enabled users' addresses of each provider, in one query (a requirement may notify 500 providers). */
    private java.util.Map<Long, List<String>> recipients(List<Long> providers) {
        var result = new java.util.HashMap<Long, List<String>>();
        for (int from = 0; from < providers.size(); from += 500) {
            var chunk = providers.subList(from, Math.min(providers.size(), from + 500));
            em.createQuery("select distinct u.provider.id, u.email from UserAccount u where u.provider.id in :providers "
                            + "and u.enabled = true order by u.email", Object[].class)
                    .setParameter("providers", chunk).getResultList()
                    .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]));
        }
        return result;
    }

    static String subject(String subjectRef, String message) {
        // the message's first sentence (or clause before a colon), without its stop
        String first = message.split("(?<=[.:])\\s", 2)[0].replaceAll("[.:]$", "");
        if (first.length() > 120) {
            first = first.substring(0, 119) + "\u2026";
        }
        return subjectRef == null || first.contains(subjectRef) ? first : subjectRef + ": " + first;
    }

    static String body(String message) {
        String url = System.getProperty("dps.public-url", DEFAULT_PUBLIC_URL).strip();
        return message + "\n\nSign in to the provider portal to see it and answer: " + url + "\n\n"
                + "This email was sent by the council's Dynamic Purchasing System. Replies are not read.";
    }
}
