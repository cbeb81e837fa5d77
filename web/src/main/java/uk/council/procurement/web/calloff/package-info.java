/** Call-offs in the web layer: the requirements and invitations API, and the officers' requirement screen. */
package uk.council.procurement.web.calloff;
