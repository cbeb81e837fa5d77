package uk.council.procurement.calloff.boundary;

/** A framework's acceptance windows in minutes; {@code version} is null while it uses the defaults. */
public record CascadeTermsView(String dpsReference, Long version, int onDutyMinutes, int partnerMinutes, int openMinutes) {
}
