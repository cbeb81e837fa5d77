/** The one task inbox of council staff, on screen and over the API, for every procedure. */
package uk.council.procurement.web.inbox;
