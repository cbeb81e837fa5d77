package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import uk.council.procurement.contracts.boundary.ContractQuery;
import uk.council.procurement.contracts.boundary.ContractView;
import uk.council.procurement.contracts.boundary.Contracts;
import uk.council.procurement.contracts.boundary.DueCounts;
import uk.council.procurement.contracts.entity.ContractKind;
import uk.council.procurement.platform.Page;
import uk.council.procurement.web.faces.Messages;

/**
 * The contract register (contracts/register.xhtml): filtered by kind, market, status and "decision due",
 * searched, sorted and paged in the database; the counts of what needs a decision soon on top.
 * {@code ?due=6} opens it on the contracts whose notice deadline falls in the next six months.
 */
@Named
@ViewScoped
public class ContractRegisterList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Contracts contracts;

    private String kind;
    private String status;
    private String dps;
    private Integer due;
    private Integer ending;
    private DueCounts counts;
    private List<ContractView> markets = List.of();
    private LazyDataModel<ContractView> rows;

    @PostConstruct
    void init() {
        rows = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) page(filterBy, Map.of(), 0, 1).total();
            }

            @Override
            public List<ContractView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                var page = page(filterBy, sortBy, first, pageSize);
                setRowCount((int) page.total());
                return page.rows();
            }

            @Override
            public String getRowKey(ContractView row) {
                return row.reference();
            }
        };
    }

    /** Reads the view parameters once they are set, and what the staff need to know first. */
    public void load() {
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .isUserInRole(uk.council.procurement.security.Roles.PROVIDER)) {
            counts = Messages.attempt(() -> contracts.dueCounts(null), Map.of());
            markets = contracts.list(new ContractQuery("market", null, null, null, null, null, "reference", false, 0, 200))
                    .rows();
        }
    }

    private Page<ContractView> page(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int max) {
        String text = null;
        var global = filterBy.get("globalFilter");
        if (global != null && global.getFilterValue() != null) {
            text = global.getFilterValue().toString();
        }
        String sort = "notice";
        boolean descending = false;
        for (var meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sort = meta.getField();
                descending = meta.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        var query = new ContractQuery(kind, dps, status, text, due, due == null ? ending : null, sort,
                descending, first, max);
        var page = Messages.attempt(() -> contracts.list(query), Map.of());
        return page == null ? new Page<>(List.of(), 0) : page;
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind == null || kind.isBlank() ? null : kind;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getDps() {
        return dps;
    }

    public void setDps(String dps) {
        this.dps = dps == null || dps.isBlank() ? null : dps;
    }

    public Integer getDue() {
        return due;
    }

    public void setDue(Integer due) {
        this.due = due == null || due < 1 || due > Contracts.MAX_DUE_MONTHS ? null : due;
    }

    public Integer getEnding() {
        return ending;
    }

    public void setEnding(Integer ending) {
        this.ending = ending == null || ending < 1 || ending > Contracts.MAX_DUE_MONTHS ? null : ending;
    }

    /** What the register shows: every contract ("all"), those due a decision ("due"), or those ending ("ending"). */
    public String getFocus() {
        return due != null ? "due" : ending != null ? "ending" : "all";
    }

    public void setFocus(String focus) {
        due = "due".equals(focus) ? Integer.valueOf(Contracts.DEFAULT_DUE_MONTHS) : null;
        ending = "ending".equals(focus) ? Integer.valueOf(Contracts.DEFAULT_DUE_MONTHS) : null;
    }

    public DueCounts getCounts() {
        return counts;
    }

    public List<ContractView> getMarkets() {
        return markets;
    }

    public LazyDataModel<ContractView> getRows() {
        return rows;
    }
}
