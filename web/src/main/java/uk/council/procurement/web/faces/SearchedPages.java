package uk.council.procurement.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import uk.council.procurement.platform.Page;

/**
 * A lazy table searched by its global filter and filtered by a status column, paged in the database
 * by a boundary query (text, status, first, max); the CSV export takes every matching row.
 */
public final class SearchedPages {

    /** The boundary's query for one page. */
    @FunctionalInterface
    public interface Query<T, S> extends Serializable {
        Page<T> page(String text, S status, int first, int max);
    }

    private SearchedPages() {
    }

    public static <T, S extends Enum<S>> LazyDataModel<T> of(Query<T, S> query, Class<S> statusType,
            SerializableKey<T> key) {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) query.page(text(filterBy), status(filterBy, statusType), 0, 1).total();
            }

            @Override
            public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                var page = query.page(text(filterBy), status(filterBy, statusType), first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(T row) {
                return key.apply(row);
            }
        };
    }

    /** A row's key, kept with the view. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, String>, Serializable {
    }

    private static String text(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("globalFilter");
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    private static <S extends Enum<S>> S status(Map<String, FilterMeta> filterBy, Class<S> type) {
        var filter = filterBy.get("status");
        if (filter == null || filter.getFilterValue() == null || filter.getFilterValue().toString().isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, filter.getFilterValue().toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
