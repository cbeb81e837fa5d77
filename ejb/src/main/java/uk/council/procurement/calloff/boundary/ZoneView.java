package uk.council.procurement.calloff.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A care-at-home zone (a Lot 1 lot) with its rota: the pair, who is on duty in each of the coming
 * weeks, and the lot's members the officer can put on it. Without a rota the cascade passes over the
 * Lot 1 steps.
 */
public record ZoneView(Long lotId, String dpsReference, String lotCode, String lotTitle, String zone, Long rotaVersion,
        Long firstProviderId, String firstProviderName, Long secondProviderId, String secondProviderName,
        LocalDate startsOn, String onDutyNow, List<Week> weeks, List<Member> members) {

    /** One rota week, from its Monday. */
    public record Week(LocalDate weekCommencing, Long onDutyId, String onDutyName, boolean swapped, boolean current) {
    }

    /** A provider admitted to the zone's lot (active or suspended). */
    public record Member(Long providerId, String name, boolean active) {
    }

    public boolean hasRota() {
        return rotaVersion != null;
    }
}
