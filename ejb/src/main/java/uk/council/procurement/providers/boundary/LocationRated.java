package uk.council.procurement.providers.boundary;

import java.time.Instant;

import uk.council.procurement.providers.entity.CqcLocation;

/**
 * A location's rating or registration changed (CQC sync, file import, or a quality officer's
 * evidence). Fired inside the transaction that made the change; membership observes it to apply
 * each lot's policy at once.
 */
public record LocationRated(CqcLocation.Change change, String by, Instant at) {
}
