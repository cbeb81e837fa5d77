package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.contracts.boundary.DeedSummary;
import uk.council.procurement.contracts.boundary.Deeds;
import uk.council.procurement.web.faces.Messages;

/** Legal's queue of deeds (contracts/deeds.xhtml?status=): awaiting seal first, then by deadline. */
@Named
@ViewScoped
public class DeedList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Deeds deeds;

    private String status = "open";
    private List<DeedSummary> rows = List.of();

    public void load() {
        var page = Messages.attempt(() -> deeds.list(status, 0, 200), Map.of("status", "filterForm:status"));
        rows = page == null ? List.of() : page.rows();
    }

    public String filter() {
        return "/contracts/deeds?faces-redirect=true&status=" + (status == null ? "" : status);
    }

    public List<DeedSummary> getRows() {
        return rows;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
