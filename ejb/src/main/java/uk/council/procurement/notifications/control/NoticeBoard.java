package uk.council.procurement.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.notifications.entity.Notification;
import uk.council.procurement.platform.events.Decision;

/** Posts the notices a decision carries, in the transaction that made it. */
@ApplicationScoped
public class NoticeBoard {

    @PersistenceContext
    EntityManager em;

    void post(@Observes Decision d) {
        for (var notice : d.notices()) {
            String message = fit(notice.message());
            em.persist(notice.role() != null
                    ? Notification.toRole(notice.role(), notice.subjectRef(), message, d.at())
                    : Notification.toProvider(notice.providerId(), notice.subjectRef(), message, d.at()));
        }
    }

    /** A notice points to its record; a long reason quoted in it is shortened to what the column holds. */
    static String fit(String message) {
        return message.length() <= Notification.MAX_MESSAGE ? message
                : message.substring(0, Notification.MAX_MESSAGE - 1) + "\u2026";
    }
}
