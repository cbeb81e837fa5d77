/**
 * Call-offs: a requirement in a lot is sent to every provider location eligible at issue time
 * (membership's eligibility query), providers make sealed offers until the deadline, and officers
 * evaluate them. The {@code calloff} process (workflows/calloff.bpmn) closes offers at the deadline.
 */
package uk.council.procurement.calloff;
