package uk.council.procurement.contracts.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.calloff.entity.InvitationStatus;
import uk.council.procurement.calloff.entity.PackageOfferStatus;
import uk.council.procurement.contracts.boundary.EvidenceView;
import uk.council.procurement.contracts.boundary.KpiView;
import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.LocationRating;

/**
 * Compiles a provider's evidence for an extension review from what the other capabilities recorded:
 * ratings (providers), admissions and suspensions (membership), KPI returns (contracts) and the
 * call-off record (call-offs), each in one query per kind.
 */
@ApplicationScoped
public class EvidencePack {

    /** Earlier ratings shown per location. */
    static final int HISTORY = 10;

    @PersistenceContext
    EntityManager em;

    public EvidenceView of(Contract agreement, List<KpiView> kpis) {
        var provider = agreement.getProvider();
        var dps = agreement.getDps();
        var locations = em.createQuery("select l from CqcLocation l where l.provider = :provider order by l.name",
                CqcLocation.class).setParameter("provider", provider).getResultList();
        var history = em.createQuery("select r from LocationRating r join fetch r.location l where l.provider = :provider "
                + "order by r.recordedAt desc", LocationRating.class).setParameter("provider", provider).getResultList();
        var located = new ArrayList<EvidenceView.Location>();
        for (var l : locations) {
            var earlier = history.stream().filter(r -> r.getLocation().equals(l)).limit(HISTORY)
                    .map(r -> label(r.getRating()) + " (" + UkFormat.date(r.getRatingDate()) + ", "
                            + r.getSource().label() + ")").toList();
            located.add(new EvidenceView.Location(l.getLocationId(), l.getName(), label(l.getRating()),
                    l.getRatingDate(), l.getRatingSource() == null ? null : l.getRatingSource().label(), earlier));
        }
        var admissions = em.createQuery("select a from Admission a join fetch a.lot l where a.provider = :provider "
                + "and l.dps = :dps order by l.code", Admission.class)
                .setParameter("provider", provider).setParameter("dps", dps).getResultList();
        var memberships = admissions.stream().map(a -> new EvidenceView.Membership(a.getLot().getCode(),
                a.getStatus().label(), a.getAdmittedOn(), a.getSuspendedOn(), a.getSuspensionReason())).toList();

        var invitations = new EnumMap<InvitationStatus, Long>(InvitationStatus.class);
        em.createQuery("select i.status, count(i) from Invitation i join i.requirement r join r.lot l "
                        + "where i.provider = :provider and l.dps = :dps group by i.status", Object[].class)
                .setParameter("provider", provider).setParameter("dps", dps).getResultList()
                .forEach(row -> invitations.put((InvitationStatus) row[0], (Long) row[1]));
        var offers = new EnumMap<PackageOfferStatus, Long>(PackageOfferStatus.class);
        em.createQuery("select o.status, count(o) from PackageOffer o join o.lot l "
                        + "where o.provider = :provider and l.dps = :dps group by o.status", Object[].class)
                .setParameter("provider", provider).setParameter("dps", dps).getResultList()
                .forEach(row -> offers.put((PackageOfferStatus) row[0], (Long) row[1]));
        long invited = invitations.values().stream().mapToLong(Long::longValue).sum()
                - count(invitations, InvitationStatus.WITHDRAWN);
        long offersMade = count(invitations, InvitationStatus.OFFERED) + count(invitations, InvitationStatus.AWARDED)
                + count(invitations, InvitationStatus.AWARD_DECLINED);
        var record = new EvidenceView.CallOffRecord(invited, offersMade, count(invitations, InvitationStatus.AWARDED),
                count(invitations, InvitationStatus.DECLINED), count(invitations, InvitationStatus.NO_ANSWER),
                count(invitations, InvitationStatus.AWARD_DECLINED),
                offers.values().stream().mapToLong(Long::longValue).sum() - count(offers, PackageOfferStatus.WITHDRAWN),
                count(offers, PackageOfferStatus.ACCEPTED), count(offers, PackageOfferStatus.DECLINED),
                count(offers, PackageOfferStatus.LAPSED));

        long offTarget = kpis.stream().filter(k -> !k.offTarget().isEmpty()).count();
        var concerns = new ArrayList<String>();
        admissions.stream().filter(a -> a.getStatus() == AdmissionStatus.SUSPENDED)
                .forEach(a -> concerns.add("Suspended from lot " + a.getLot().getCode() + " since "
                        + UkFormat.date(a.getSuspendedOn()) + (a.getSuspensionReason() == null ? ""
                                : ": " + a.getSuspensionReason())));
        locations.stream().filter(l -> l.getRating() == CqcRating.INADEQUATE || l.getRating() == CqcRating.REQUIRES_IMPROVEMENT)
                .forEach(l -> concerns.add(l.getName() + " is rated " + label(l.getRating()) + " by CQC ("
                        + UkFormat.date(l.getRatingDate()) + ")"));
        if (!kpis.isEmpty() && !kpis.get(0).offTarget().isEmpty()) {
            concerns.add("Latest KPIs (" + kpis.get(0).label() + ") off target: " + String.join("; ", kpis.get(0).offTarget()));
        }
        if (record.packagesOffered() >= 5 && record.packagesAccepted() * 4 < record.packagesOffered()) {
            concerns.add("Accepted " + record.packagesAccepted() + " of " + record.packagesOffered()
                    + " care at home packages offered");
        }
        return new EvidenceView(agreement.getReference(), provider.getName(), located, memberships, kpis, offTarget,
                record, concerns);
    }

    private static String label(CqcRating rating) {
        return rating == null ? "Not rated" : rating.label();
    }

    private static <K extends Enum<K>> long count(Map<K, Long> counts, K key) {
        return counts.getOrDefault(key, 0L);
    }
}
