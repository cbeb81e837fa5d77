/**
 * Messages to a role (e.g. commissioning leads: a decision is nearly due) or to a provider
 * organisation (e.g. your application was decided), shown on their home screens.
 */
package uk.council.procurement.notifications;
