package uk.council.procurement.calloff.process;

import java.util.Date;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.calloff.boundary.CascadeSteps;
import uk.council.procurement.workflows.PackageCascadeProcess;
import uk.council.procurement.workflows.PackageCascadeProcess.Vars;

/** Delegate of {@value PackageCascadeProcess#OFFER_PACKAGE}. */
@Named(PackageCascadeProcess.OFFER_PACKAGE)
@Dependent
public class OfferPackage implements JavaDelegate {

    @EJB
    CascadeSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        var step = steps.offerNext((Long) execution.getVariable(Vars.PACKAGE_ID));
        execution.setVariable(Vars.OUTCOME, step.outcome());
        execution.setVariable(Vars.WINDOW_ENDS, step.windowEnds() == null ? null : Date.from(step.windowEnds()));
    }
}
