package uk.council.procurement.contracts.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.contracts.boundary.ReviewSteps;
import uk.council.procurement.workflows.ExtensionReviewProcess;

/** Delegate of {@value ExtensionReviewProcess#GIVE_REVIEW_NOTICES}: notices to providers not extended, and approved extensions recorded. */
@Named(ExtensionReviewProcess.GIVE_REVIEW_NOTICES)
@Dependent
public class GiveReviewNotices implements JavaDelegate {

    @EJB
    ReviewSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.giveNotices(execution.getProcessBusinessKey());
    }
}
