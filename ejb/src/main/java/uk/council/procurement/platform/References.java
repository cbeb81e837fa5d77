package uk.council.procurement.platform;

import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Business references (DPS references, application references, lot codes) as people type them and
 * as records are found by them: trimmed and upper case, looked up by each entity's named query
 * {@code BY_REFERENCE} with the parameter {@code reference}. One way, used everywhere.
 */
public final class References {

    private References() {
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.UK);
    }

    public static <T> Optional<T> find(EntityManager em, Class<T> type, String namedQuery, String reference) {
        return em.createNamedQuery(namedQuery, type).setParameter("reference", normalise(reference))
                .getResultStream().findFirst();
    }
}
