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

    /** Longest reference of any kind (a DPS reference; application references and lot codes are shorter). */
    public static final int MAX_LENGTH = 40;

    private References() {
    }

    /** A reference given in a request's field: present and of a reference's shape, or a 400 naming the field. */
    public static String required(String field, String typed) {
        String reference = normalise(typed);
        if (reference.isEmpty()) {
            throw new InvalidInput(field, "is required");
        }
        if (reference.length() > MAX_LENGTH || !reference.matches("[A-Z0-9][A-Z0-9-]*")) {
            throw new InvalidInput(field, "must be a reference of at most " + MAX_LENGTH
                    + " capital letters, digits or hyphens, such as CH-DPS-2024");
        }
        return reference;
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.UK);
    }

    public static <T> Optional<T> find(EntityManager em, Class<T> type, String namedQuery, String reference) {
        return em.createNamedQuery(namedQuery, type).setParameter("reference", normalise(reference))
                .getResultStream().findFirst();
    }
}
