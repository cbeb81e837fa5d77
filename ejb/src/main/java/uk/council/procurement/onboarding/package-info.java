/**
 * A provider's request to participate in a DPS, from draft to admission per lot, driven by the
 * {@code onboarding} process (workflows/onboarding.bpmn): automatic checks, an officer's
 * recommendation per lot, a commissioning lead's approval (never the recommender's own), the
 * provider's acceptance of the DPS agreement, admission. Owns the evaluation clock of each
 * application and the resulting admissions, which call-offs will ask "who is eligible for this lot?".
 */
package uk.council.procurement.onboarding;
