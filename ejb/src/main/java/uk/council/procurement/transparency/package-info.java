/**
 * Transparency: the notice events that publication (Find a Tender, OCDS) will read. Each call-off
 * issued, awarded and contracted leaves one with the facts its notice needs and the notice type its
 * market's regime calls for (UK4, UK6, UK7 for a Procurement Act market; the PCR 2015 contract award
 * notice for a legacy DPS or framework). It observes the decision log, so the call-off code does not
 * know it exists; publishing them is the roadmap's later capability.
 */
package uk.council.procurement.transparency;
