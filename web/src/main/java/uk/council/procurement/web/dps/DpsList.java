package uk.council.procurement.web.dps;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.dps.boundary.DpsRegister;
import uk.council.procurement.dps.boundary.DpsSummary;
import uk.council.procurement.dps.entity.DpsStatus;

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

    /** The colour of a row's status tag; see {@link #tagSeverity(DpsStatus, boolean)}. */
    public String severity(DpsSummary dps) {
        return tagSeverity(dps.status(), dps.acceptingApplications());
    }

    /**
     * The colour of a DPS's status tag: green only while it accepts applications (open and within
     * its term on the application's clock, as the register works it out), blue for a draft, grey
     * otherwise: closed, not yet started, or ended (open, but its current term has run out: the
     * register labels it "Ended").
     */
    static String tagSeverity(DpsStatus status, boolean acceptingApplications) {
        if (acceptingApplications) {
            return "success";
        }
        return status == DpsStatus.DRAFT ? "info" : "secondary";
    }
}
