/**
 * Care provider organisations and their CQC locations (care homes or branches). Ratings belong to
 * locations; admissions (in onboarding) belong to the organisation per lot.
 */
package uk.council.procurement.providers;
