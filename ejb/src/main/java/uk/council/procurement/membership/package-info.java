/**
 * Membership: the admission of a provider organisation to a lot, from the moment its application is
 * accepted. An admission covers the locations evaluated for it, and is active, suspended (with who,
 * when, why, and whether only a commissioning lead may lift it) or terminated. This capability owns
 * the lot's cap on providers and the question every call-off asks: which locations may receive a new
 * call-off on a lot today. It applies each lot's rating policy when CQC data changes
 * ({@link uk.council.procurement.providers.boundary.LocationRated}).
 */
package uk.council.procurement.membership;
