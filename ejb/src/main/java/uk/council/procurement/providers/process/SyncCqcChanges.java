package uk.council.procurement.providers.process;

import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.providers.control.CqcChangesSync;
import uk.council.procurement.workflows.CqcSyncProcess;

/** Delegate of {@value CqcSyncProcess#SYNC_CQC_CHANGES}: one run of the daily CQC sync. */
@Named(CqcSyncProcess.SYNC_CQC_CHANGES)
@Dependent
public class SyncCqcChanges implements JavaDelegate {

    private static final Logger LOG = Logger.getLogger(SyncCqcChanges.class.getName());

    @EJB
    CqcChangesSync sync;

    @Override
    public void execute(DelegateExecution execution) {
        var report = sync.run();
        LOG.info(report::summary);
        if (!report.complete()) {
            // Retried by the engine (R3/PT10M), then an incident that operators see.
            throw new IllegalStateException(report.summary());
        }
    }
}
