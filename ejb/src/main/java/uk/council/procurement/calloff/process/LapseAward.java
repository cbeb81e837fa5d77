package uk.council.procurement.calloff.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.calloff.boundary.CallOffSteps;
import uk.council.procurement.workflows.CallOffProcess;

/** Delegate of {@value CallOffProcess#LAPSE_AWARD}: the winner did not answer in time. */
@Named(CallOffProcess.LAPSE_AWARD)
@Dependent
public class LapseAward implements JavaDelegate {

    @EJB
    CallOffSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.lapseAward((Long) execution.getVariable(CallOffProcess.Vars.REQUIREMENT_ID));
    }
}
