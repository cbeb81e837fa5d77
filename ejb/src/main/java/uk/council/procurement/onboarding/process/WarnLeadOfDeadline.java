package uk.council.procurement.onboarding.process;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import uk.council.procurement.onboarding.boundary.OnboardingSteps;
import uk.council.procurement.workflows.OnboardingProcess;

/** Delegate of {@value OnboardingProcess#WARN_LEAD}. */
@Named(OnboardingProcess.WARN_LEAD)
@Dependent
public class WarnLeadOfDeadline implements JavaDelegate {

    @EJB
    OnboardingSteps steps;

    @Override
    public void execute(DelegateExecution execution) {
        steps.warnOfDeadline((Long) execution.getVariable(OnboardingProcess.Vars.APPLICATION_ID));
    }
}
