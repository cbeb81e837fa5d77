/**
 * Dynamic purchasing systems (and the markets that share their shape: dynamic markets under the
 * Procurement Act 2023, care-at-home frameworks), their terms, evaluation clocks and lots, and each
 * lot's eligibility policy.
 */
package uk.council.procurement.dps;
