package uk.council.procurement.calloff.control;

import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import uk.council.procurement.calloff.entity.CarePackage;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.PackageCascadeProcess;
import uk.council.procurement.workflows.PackageCascadeProcess.Vars;

/**
 * The care-at-home cascade as the boundaries drive it: one process per package, found by its
 * reference. Answers only wake the process; its step reads the package to see where things stand.
 */
@Dependent
public class PackageWorkflow {

    private static final String WHAT = "Package";

    @Inject
    Workflows workflows;

    @Inject
    jakarta.enterprise.event.Event<CascadeWake.Answered> answers;

    public void start(CarePackage carePackage) {
        var lot = carePackage.getLot();
        workflows.start(PackageCascadeProcess.PROCESS_ID, carePackage.getReference(),
                Map.of(Vars.PACKAGE_ID, carePackage.getId(), Vars.CARE_STARTS, java.util.Date.from(carePackage.getStartDate()
                        .atTime(8, 0).atZone(uk.council.procurement.platform.Clocks.UK).toInstant())),
                carePackage.getReference() + " " + lot.getDps().getReference() + " " + lot.getCode() + " " + lot.getZone()
                        + " " + carePackage.getPostcode());
    }

    /**
     * A provider accepted, or the step's last provider declined: the cascade moves on now, not at the
     * window's end, once this transaction has committed ({@link CascadeWake}).
     */
    public void answered(CarePackage carePackage) {
        answers.fire(new CascadeWake.Answered(carePackage.getReference()));
    }

    public void cancel(CarePackage carePackage) {
        workflows.endByMessage(PackageCascadeProcess.PROCESS_ID, carePackage.getReference(),
                PackageCascadeProcess.MESSAGE_CANCELLED, "Package cancelled");
    }

    /** The officer's decision when nobody accepted: offer it again, or it was arranged elsewhere. */
    public void arranged(CarePackage carePackage, String username, boolean reoffer) {
        workflows.complete(PackageCascadeProcess.PROCESS_ID, carePackage.getReference(), PackageCascadeProcess.ARRANGE_CARE,
                username, Map.of(Vars.REOFFER, reoffer), WHAT);
    }
}
