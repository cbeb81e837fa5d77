package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;

/** Provider organisations for council staff (providers/list.xhtml), paged in the database. */
@Named
@ViewScoped
public class ProviderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Providers providers;

    private final LazyDataModel<ProviderView> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) providers.list(name(filterBy), 0, 1).total();
        }

        @Override
        public List<ProviderView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            var page = providers.list(name(filterBy), first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(ProviderView provider) {
            return String.valueOf(provider.id());
        }
    };

    private static String name(Map<String, FilterMeta> filterBy) {
        var filter = filterBy.get("name");
        return filter == null || filter.getFilterValue() == null ? null : filter.getFilterValue().toString();
    }

    public LazyDataModel<ProviderView> getRows() {
        return rows;
    }
}
