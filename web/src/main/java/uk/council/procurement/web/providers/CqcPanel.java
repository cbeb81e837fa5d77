package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import uk.council.procurement.providers.boundary.CqcRegister;
import uk.council.procurement.web.faces.Messages;

/** The CQC register panel on the providers list: where the sync stands, sync now, and the file import. */
@Named
@ViewScoped
public class CqcPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CqcRegister register;

    private CqcRegister.SyncStatus status;
    private CqcRegister.ImportReport importReport;

    @PostConstruct
    void load() {
        status = register.status();
    }

    public void syncNow() {
        var report = Messages.attempt(register::syncNow, Map.of());
        if (report != null) {
            if (report.complete()) {
                Messages.info("CQC sync done", report.summary());
            } else {
                Messages.error("CQC sync stopped early", report.summary());
            }
        }
        status = register.status();
    }

    public void importFile(FileUploadEvent event) {
        importReport = Messages.attempt(() -> register.importFile(event.getFile().getContent()),
                Map.of("file", "cqcForm:importFile"));
        if (importReport != null) {
            Messages.info("CQC file imported", importReport.records() + " records: " + importReport.changed().size()
                    + " changed, " + importReport.unchanged().size() + " unchanged, " + importReport.notHeld().size()
                    + " not held here");
        }
    }

    public CqcRegister.SyncStatus getStatus() {
        return status;
    }

    public CqcRegister.ImportReport getImportReport() {
        return importReport;
    }
}
