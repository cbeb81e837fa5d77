package uk.council.procurement.contracts.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.contracts.boundary.DeedSteps;
import uk.council.procurement.workflows.DeedOfExtensionProcess;

/** Delegate of {@value DeedOfExtensionProcess#ESCALATE_DEED}: the deed is not complete on its deadline. */
@Named(DeedOfExtensionProcess.ESCALATE_DEED)
@Dependent
public class EscalateDeed implements JavaDelegate {

    @EJB
    DeedSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalate(execution.getProcessBusinessKey());
    }
}
