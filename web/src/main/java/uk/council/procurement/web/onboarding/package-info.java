/**
 * Screens and API of onboarding: the provider's application wizard and its result, the council's
 * task inbox, application list and review (boundaries in uk.council.procurement.onboarding.boundary).
 */
package uk.council.procurement.web.onboarding;
