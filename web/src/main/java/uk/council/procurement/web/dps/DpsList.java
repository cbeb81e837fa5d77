package uk.council.procurement.web.dps;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsSummary;

/** The list of DPSs (dps/list.xhtml). */
@Named
@ViewScoped
public class DpsList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DpsRegister register;

    private List<DpsSummary> rows;

    @PostConstruct
    void load() {
        rows = register.list();
    }

    public List<DpsSummary> getRows() {
        return rows;
    }
}
