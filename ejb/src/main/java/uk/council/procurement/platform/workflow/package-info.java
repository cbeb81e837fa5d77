/**
 * The one place above the delegates that talks to the process engine, for every procedure: start a
 * process by key and business key, find, claim, release and complete its tasks, list open tasks for
 * the inbox (sorted and paged in the database), the steps and history of a business key, timers,
 * and incidents with their retry. It returns the project's own records, never engine types, so that
 * a move to a maintained fork of Camunda 7 stays a change here.
 */
package uk.council.procurement.platform.workflow;
