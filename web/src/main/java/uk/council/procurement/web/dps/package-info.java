/** Screens and API of DPSs and their lots (boundary: {@link uk.council.procurement.dps.boundary.DpsRegister}). */
package uk.council.procurement.web.dps;
