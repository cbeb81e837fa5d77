/** The caller's notifications over the API (the home screens show them too). */
package uk.council.procurement.web.notifications;
