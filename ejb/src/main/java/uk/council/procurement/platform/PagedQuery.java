package uk.council.procurement.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * One filtered, sorted page of a list and the count of all its matches, from the same conditions:
 * each condition is added once with its parameter and goes into both queries. The page is checked
 * against {@link Search#page}; the caller maps the rows to its views.
 */
public final class PagedQuery {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that always applies. */
    public PagedQuery where(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A condition with one parameter, skipped when the value is null (no filter asked for). */
    public PagedQuery where(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A parameter of a condition added with {@link #where(String)}. */
    public PagedQuery with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    public String whereClause() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /**
     * Runs {@code select ... from ... [where] order by ...} for the page and {@code count ... from ... [where]}
     * for the total. {@code from} is the part after the selected entity's alias (joins included); the count
     * uses {@code countFrom}, which must not fetch.
     */
    public <T, R> Page<R> page(EntityManager em, Class<T> type, String select, String countSelect, String orderBy,
            int first, int max, Function<T, R> view) {
        Search.page(first, max);
        var query = em.createQuery(select + whereClause() + " order by " + orderBy, type);
        var count = em.createQuery(countSelect + whereClause(), Long.class);
        bind(query);
        bind(count);
        var rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return new Page<>(rows.stream().map(view).toList(), count.getSingleResult());
    }

    /** The count alone, for figures such as "due in the next six months". */
    public long count(EntityManager em, String countSelect) {
        var count = em.createQuery(countSelect + whereClause(), Long.class);
        bind(count);
        return count.getSingleResult();
    }

    private void bind(Query query) {
        parameters.forEach(query::setParameter);
    }
}
