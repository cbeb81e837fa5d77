/**
 * Decisions as events: every decision a person or the engine makes is raised once, with who, in
 * which role, when, why and what changed; the decision log and notifications observe it.
 */
package uk.council.procurement.platform.events;
