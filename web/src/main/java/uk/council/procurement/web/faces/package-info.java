/** What every screen uses: UK formats, messages for refused requests, the signed-in user. */
package uk.council.procurement.web.faces;
