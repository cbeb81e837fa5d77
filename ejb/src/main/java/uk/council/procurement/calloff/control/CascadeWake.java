package uk.council.procurement.calloff.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.PackageCascadeProcess;

/**
 * Wakes a package's cascade after an answer has committed, in a transaction of its own. The answer's
 * transaction never calls the engine: a window timer firing at the same moment would otherwise make
 * the engine's command fail and roll back a valid acceptance with it. Losing a wake-up is harmless:
 * the window's timer (or the step already running) reads the package anyway.
 */
@Stateless
@PermitAll
public class CascadeWake {

    private static final Logger LOG = Logger.getLogger(CascadeWake.class.getName());

    /** What the boundaries fire when an answer may end the current step (an acceptance, a step's last decline). */
    public record Answered(String packageReference) {
    }

    /** Hands a committed answer to {@link #wake} (an observer outside the EJB, so no transaction starts in the commit). */
    @jakarta.enterprise.context.ApplicationScoped
    public static class AfterCommit {

        @jakarta.ejb.EJB
        CascadeWake wake;

        void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Answered answered) {
            wake.wake(answered.packageReference());
        }
    }

    @Inject
    Workflows workflows;

    @Asynchronous
    public void wake(String reference) {
        try {
            workflows.correlateIfAwaited(PackageCascadeProcess.PROCESS_ID, reference, PackageCascadeProcess.MESSAGE_ANSWERED);
        } catch (RuntimeException e) {
            // the window's timer moved the process on at the same moment: it reads the package itself
            LOG.log(Level.FINE, "Cascade of " + reference + " not woken: " + e);
        }
    }
}
