package uk.council.procurement.platform.workflow;

import java.util.Set;

/**
 * Which open tasks an inbox page shows.
 *
 * @param groups     the caller's roles (candidate groups)
 * @param user       the caller
 * @param scope      mine, unassigned, or all of the caller's roles
 * @param processKey one procedure, or null for all
 * @param text       matches the business key or the subject text a process keeps (case-insensitive)
 * @param sortBy     one of {@link #SORTS}
 */
public record TaskQuery(Set<String> groups, String user, Scope scope, String processKey, boolean overdueOnly,
        String text, String sortBy, boolean ascending, int first, int max) {

    public enum Scope { MINE, UNASSIGNED, ALL }

    public static final Set<String> SORTS = Set.of("due", "created", "name");
}
