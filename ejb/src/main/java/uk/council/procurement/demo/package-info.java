/**
 * Demo data for a first run (system property {@code dps.demo-data=true}): a user for every role,
 * the DPSs of the seed documents and a current one, provider organisations, and an application
 * waiting for evaluation. Never loaded unless asked for; loaded once.
 */
package uk.council.procurement.demo;
