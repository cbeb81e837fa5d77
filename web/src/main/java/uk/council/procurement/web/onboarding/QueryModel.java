package uk.council.procurement.web.onboarding;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import uk.council.procurement.onboarding.boundary.ApplicationQuery;
import uk.council.procurement.onboarding.entity.ApplicationStatus;
import uk.council.procurement.platform.Page;

/**
 * A lazy table over an application query: PrimeFaces' sorting, filtering and paging become an
 * {@link ApplicationQuery} that the database answers. Column {@code field}s name the sortable
 * columns (reference, provider, dps, status, submittedAt, dueDate); the global filter searches text.
 */
public abstract class QueryModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private boolean overdueOnly;

    protected abstract Page<T> fetch(ApplicationQuery query);

    protected abstract String key(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(query(0, 1, Map.of(), filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var page = fetch(query(first, pageSize, sortBy, filterBy));
        setRowCount((int) page.total());
        return page.rows();
    }

    private ApplicationQuery query(int first, int max, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy.values().stream().findFirst();
        return new ApplicationQuery(value(filterBy, "globalFilter"), status(value(filterBy, "status")),
                value(filterBy, "dpsReference"), overdueOnly, sort.map(SortMeta::getField).orElse("dueDate"),
                sort.map(s -> s.getOrder() != SortOrder.DESCENDING).orElse(true), first, max);
    }

    private static String value(Map<String, FilterMeta> filterBy, String field) {
        var filter = filterBy.get(field);
        if (filter == null || filter.getFilterValue() == null || filter.getFilterValue().toString().isBlank()) {
            return null;
        }
        return filter.getFilterValue().toString();
    }

    private static ApplicationStatus status(String value) {
        try {
            return value == null ? null : ApplicationStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getRowKey(T row) {
        return key(row);
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    /** Serialisable, as view-scoped beans (and so their models) may be. */
    public interface Source<T> extends Function<ApplicationQuery, Page<T>>, Serializable {
    }

    public interface Key<T> extends Function<T, String>, Serializable {
    }

    /** A model whose rows come from a boundary call, keyed by application reference. */
    public static <T> QueryModel<T> of(Source<T> source, Key<T> key) {
        return new QueryModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Page<T> fetch(ApplicationQuery query) {
                return source.apply(query);
            }

            @Override
            protected String key(T row) {
                return key.apply(row);
            }
        };
    }
}
