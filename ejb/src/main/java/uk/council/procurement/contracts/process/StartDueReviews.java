package uk.council.procurement.contracts.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.contracts.boundary.ReviewSteps;
import uk.council.procurement.workflows.ExtensionReviewProcess;

/** Delegate of {@value ExtensionReviewProcess#START_DUE_REVIEWS}: the daily check that starts the reviews that are due. */
@Named(ExtensionReviewProcess.START_DUE_REVIEWS)
@Dependent
public class StartDueReviews implements JavaDelegate {

    @EJB
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.startDueReviews();
    }
}
