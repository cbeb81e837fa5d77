package uk.council.procurement.security.control;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Full names of users, for screens and messages that would otherwise show usernames. */
@Dependent
public class People {

    @PersistenceContext
    EntityManager em;

    /** Full name by username, for the usernames given (one query); unknown usernames are left out. */
    public Map<String, String> namesOf(Collection<String> usernames) {
        var names = usernames.stream().filter(Objects::nonNull).distinct().toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.username, u.fullName from UserAccount u where u.username in :names", Object[].class)
                .setParameter("names", names).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1]));
    }

    public String nameOf(String username) {
        return namesOf(java.util.List.of(username)).getOrDefault(username, username);
    }
}
