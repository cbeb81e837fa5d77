/**
 * Care provider organisations and their CQC locations (care homes or agency branches). Locations
 * and ratings come from the CQC register (the public API, its daily changes feed, or a file of its
 * records), or from a quality officer's evidence that CQC has not published yet; never from the
 * provider. Every rating keeps its history. Ratings belong to locations; admissions (membership)
 * belong to the organisation per lot.
 */
package uk.council.procurement.providers;
