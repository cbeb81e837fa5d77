package uk.council.procurement.calloff.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.calloff.boundary.CallOffSteps;
import uk.council.procurement.workflows.CallOffProcess;

/** Delegate of {@value CallOffProcess#CLOSE_OFFERS}. */
@Named(CallOffProcess.CLOSE_OFFERS)
@Dependent
public class CloseOffers implements JavaDelegate {

    @EJB
    CallOffSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        long offers = steps.closeOffers((Long) execution.getVariable(CallOffProcess.Vars.REQUIREMENT_ID));
        execution.setVariable(CallOffProcess.Vars.OFFERS_RECEIVED, offers);
    }
}
