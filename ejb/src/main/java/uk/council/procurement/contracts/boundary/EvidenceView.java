package uk.council.procurement.contracts.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence pack of one provider in an extension review: its CQC ratings and their history, its
 * admissions and suspensions under the market, its KPI returns, its call-off record, and what is of
 * concern now.
 */
public record EvidenceView(String contractReference, String providerName, List<Location> locations,
        List<Membership> admissions, List<KpiView> kpis, long quartersOffTarget, CallOffRecord callOffs,
        List<String> concerns) {

    /** A CQC location with its current rating and earlier ones. */
    public record Location(String locationId, String name, String rating, LocalDate ratingDate, String source,
            List<String> history) {
    }

    /** An admission to a lot of the market. */
    public record Membership(String lotCode, String status, LocalDate admittedOn, LocalDate suspendedOn,
            String suspensionReason) {
    }

    /**
     * What the provider did with the call-offs of the market: competitions it was invited to, offers made,
     * won (contracts), declined or not answered; care at home packages offered, accepted, declined or lapsed.
     */
    public record CallOffRecord(long invited, long offersMade, long won, long declined, long noAnswer,
            long awardsDeclined, long packagesOffered, long packagesAccepted, long packagesDeclined,
            long packagesLapsed) {
    }
}
