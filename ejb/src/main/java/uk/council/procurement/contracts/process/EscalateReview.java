package uk.council.procurement.contracts.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.contracts.boundary.ReviewSteps;
import uk.council.procurement.workflows.ExtensionReviewProcess;

/** Delegate of {@value ExtensionReviewProcess#ESCALATE_REVIEW}: the notice deadline is near with decisions open. */
@Named(ExtensionReviewProcess.ESCALATE_REVIEW)
@Dependent
public class EscalateReview implements JavaDelegate {

    @EJB
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.escalate(execution.getProcessBusinessKey());
    }
}
