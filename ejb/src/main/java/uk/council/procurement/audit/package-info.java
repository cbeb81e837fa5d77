/**
 * Every decision a person (or the process engine) makes, as an event: who, when, what, why and
 * what it changed. The history screens read it now; the audit viewer and the transparency export
 * will read the same records later.
 */
package uk.council.procurement.audit;
