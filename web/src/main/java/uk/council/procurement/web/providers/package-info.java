/** Screens and API of provider organisations: registration, organisation details, CQC locations. */
package uk.council.procurement.web.providers;
