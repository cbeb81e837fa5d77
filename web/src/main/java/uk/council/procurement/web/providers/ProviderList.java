package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import uk.council.procurement.providers.boundary.ProviderView;
import uk.council.procurement.providers.boundary.Providers;
import uk.council.procurement.providers.entity.RatingSource;

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

    /**
     * The locations cell as plain text for the CSV export, as the screen words it: "Oak House
     * (1-101): Good; Elm Court (1-102): Inadequate (not verified with CQC), deregistered".
     */
    public String locationsText(ProviderView provider) {
        return provider.locations().stream().map(ProviderList::locationText).collect(Collectors.joining("; "));
    }

    private static String locationText(ProviderView.Location location) {
        var text = new StringBuilder().append(location.name()).append(" (").append(location.locationId()).append("): ")
                .append(location.ratingLabel());
        if (location.ratingSource() == RatingSource.QUALITY_OFFICER) {
            text.append(" (quality officer's evidence)");
        } else if (location.ratingSource() == RatingSource.UNVERIFIED) {
            text.append(" (not verified with CQC)");
        }
        if (!location.registered()) {
            text.append(", deregistered");
        }
        return text.toString();
    }
}
