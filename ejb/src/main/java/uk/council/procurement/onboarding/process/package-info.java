/**
 * Delegates of onboarding.bpmn, reached by {@code delegateExpression} with the names used there.
 * Each reads the application id from the process and calls {@link uk.council.procurement.onboarding.boundary.OnboardingSteps}.
 */
package uk.council.procurement.onboarding.process;
