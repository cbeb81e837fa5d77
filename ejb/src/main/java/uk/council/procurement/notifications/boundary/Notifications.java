package uk.council.procurement.notifications.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.notifications.entity.Notification;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

@Stateless
@PermitAll
public class Notifications {

    /** Notifications older than this are not shown on home screens. */
    private static final int SHOWN = 20;

    public record Message(Instant at, String subjectRef, String message) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    /** The latest messages for the caller: its organisation's if a provider, its roles' if staff. */
    public List<Message> forCurrentUser() {
        List<Notification> found;
        if (currentUser.isProvider()) {
            Long providerId = currentUser.providerId().orElse(-1L);
            found = em.createQuery("select n from Notification n where n.recipientProviderId = :provider "
                    + "order by n.createdAt desc, n.id desc", Notification.class)
                    .setParameter("provider", providerId).setMaxResults(SHOWN).getResultList();
        } else {
            List<String> roles = Roles.STAFF.stream().filter(currentUser::isInRole).toList();
            if (roles.isEmpty()) {
                return List.of();
            }
            found = em.createQuery("select n from Notification n where n.recipientRole in :roles "
                    + "order by n.createdAt desc, n.id desc", Notification.class)
                    .setParameter("roles", roles).setMaxResults(SHOWN).getResultList();
        }
        return found.stream().map(n -> new Message(n.getCreatedAt(), n.getSubjectRef(), n.getMessage())).toList();
    }
}
