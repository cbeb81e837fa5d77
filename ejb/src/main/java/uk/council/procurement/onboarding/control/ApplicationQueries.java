package uk.council.procurement.onboarding.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.platform.References;
import uk.council.procurement.onboarding.boundary.ApplicationQuery;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.Page;

/**
 * Application lists filtered, sorted and paged in the database (the lists grow with every
 * application a council ever received), with a whitelist of sortable columns.
 */
@Dependent
public class ApplicationQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "reference", "a.reference",
            "status", "a.status",
            "dps", "d.title",
            "provider", "p.name",
            "submittedAt", "a.submittedAt",
            "dueDate", "a.dueDate",
            "createdAt", "a.createdAt");

    @PersistenceContext
    EntityManager em;

    /**
     * @param statuses the statuses the caller may see (never empty)
     * @param providerId restricts to one provider organisation, or null for all
     */
    public Page<Application> search(ApplicationQuery query, Collection<ApplicationStatus> statuses, Long providerId,
            LocalDate today) {
        uk.council.procurement.platform.Search.page(query.first(), query.max());
        String sort = uk.council.procurement.platform.Search.sort(query.sortBy(), SORTABLE, "dueDate");
        String text = uk.council.procurement.platform.Search.contains(query.text());
        var where = new StringBuilder(" where a.status in :statuses");
        var parameters = new HashMap<String, Object>();
        var visible = query.status() == null ? statuses
                : statuses.stream().filter(s -> s == query.status()).toList();
        if (visible.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        parameters.put("statuses", visible);
        if (providerId != null) {
            where.append(" and p.id = :provider");
            parameters.put("provider", providerId);
        }
        if (text != null) {
            String like = " like :text" + uk.council.procurement.platform.Search.ESCAPE;
            where.append(" and (lower(a.reference)" + like + " or lower(p.name)" + like
                    + " or lower(d.reference)" + like + " or lower(d.title)" + like + ")");
            parameters.put("text", text);
        }
        if (query.dpsReference() != null && !query.dpsReference().isBlank()) {
            where.append(" and d.reference = :dps");
            parameters.put("dps", References.normalise(query.dpsReference()));
        }
        if (query.overdueOnly()) {
            where.append(" and a.dueDate < :today and a.status in :undecided");
            parameters.put("today", today);
            parameters.put("undecided", ApplicationStatus.UNDECIDED);
        }
        String from = " from Application a join a.dps d join a.provider p";
        var count = em.createQuery("select count(a)" + from + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        String direction = query.ascending() ? " asc" : " desc";
        var select = em.createQuery("select a from Application a join fetch a.dps d join fetch a.provider p" + where
                + " order by " + sort + direction + " nulls last, a.id" + direction, Application.class);
        parameters.forEach(select::setParameter);
        select.setFirstResult(query.first());
        select.setMaxResults(query.max());
        return new Page<>(select.getResultList(), total);
    }

    /** Number of lots applied for, for a page of applications, in one query. */
    public Map<Long, Long> lotCounts(List<Application> applications) {
        if (applications.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l.application.id, count(l) from ApplicationLot l "
                        + "where l.application in :applications group by l.application.id", Object[].class)
                .setParameter("applications", applications)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
