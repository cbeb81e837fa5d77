/** Membership over the API: an admission, its suspension and lifting, and the locations it covers. */
package uk.council.procurement.web.membership;
