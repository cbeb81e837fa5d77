package uk.council.procurement.contracts.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.ContractKind;
import uk.council.procurement.contracts.entity.ExtensionReview;
import uk.council.procurement.contracts.entity.ReviewStatus;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.ExtensionApproval;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.membership.entity.Admission;
import uk.council.procurement.membership.entity.AdmissionStatus;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.events.Decisions;

/**
 * Starts an extension review of a market: one item per live provider agreement, each with the lots
 * the provider holds and who decides its extension (cabinet if any of its lots says so). One review of a
 * market is open at a time (the market's contract row is locked while checking). A review is due when
 * the earliest notice deadline of its live, extendable agreements is within the lead time
 * ({@code dps.extension-review.lead-months}, six months unless configured).
 */
@ApplicationScoped
public class ReviewStarter {

    /** No extension decision made yet for the contract's current expiry. */
    static final String UNDECIDED = "(c.decidedForExpiry is null or c.decidedForExpiry <> c.currentExpiry)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractRegister register;

    @Inject
    ReviewWorkflow workflow;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /** The lead time in months: the system property {@code dps.extension-review.lead-months} (1 to 24), else 6. */
    public int leadMonths() {
        try {
            int months = Integer.parseInt(System.getProperty("dps.extension-review.lead-months", "6").strip());
            return months >= 1 && months <= 24 ? months : 6;
        } catch (NumberFormatException e) {
            return 6;
        }
    }

    /** The markets whose agreements' earliest notice deadline falls within the lead time and have no review of it. */
    public List<Dps> dueMarkets() {
        LocalDate today = LocalDate.now(clock);
        var markets = em.createQuery("select distinct c.dps from Contract c where c.kind = :agreement "
                        + "and c.extendable = true and c.noticeDeadline between :today and :horizon "
                        + "and c.commencement <= :today and " + UNDECIDED, Dps.class)
                .setParameter("agreement", ContractKind.AGREEMENT).setParameter("today", today)
                .setParameter("horizon", today.plusMonths(leadMonths())).getResultList();
        return markets.stream().filter(d -> earliestDeadline(d).map(deadline -> !reviewed(d, deadline)).orElse(false))
                .sorted(Comparator.comparing(Dps::getReference)).toList();
    }

    /** Starts the review (by an officer, or "system" for the daily timer); refused if one is open. */
    public ExtensionReview start(Dps dps, String by) {
        var market = register.ensureMarket(dps, by);
        em.lock(market, LockModeType.PESSIMISTIC_WRITE);
        var open = em.createQuery("select r.reference from ExtensionReview r where r.dps = :dps and r.status <> :decided",
                String.class).setParameter("dps", dps).setParameter("decided", ReviewStatus.DECIDED).getResultList();
        if (!open.isEmpty()) {
            throw new WrongState("Review " + open.get(0) + " of " + dps.getReference() + " is still open.");
        }
        LocalDate today = LocalDate.now(clock);
        var agreements = em.createQuery("select c from Contract c join fetch c.provider p where c.dps = :dps "
                        + "and c.kind = :agreement and c.commencement <= :today and c.currentExpiry >= :today "
                        + "and " + UNDECIDED + " order by p.name", Contract.class)
                .setParameter("dps", dps).setParameter("agreement", ContractKind.AGREEMENT)
                .setParameter("today", today).getResultList();
        if (agreements.isEmpty()) {
            throw new RuleViolation(dps.getReference() + " has no live provider agreement waiting for an extension "
                    + "decision (each is decided for its current expiry, or none is live).");
        }
        LocalDate deadline = agreements.stream().filter(Contract::canStillBeExtended).map(Contract::noticeDeadline)
                .filter(d -> !d.isBefore(today)).min(Comparator.naturalOrder())
                .orElseThrow(() -> new RuleViolation("No agreement under " + dps.getReference()
                        + " can still be extended in time: every notice deadline has passed or no extension is left."));
        var review = new ExtensionReview(dps, deadline, by, clock.instant());
        var admissions = em.createQuery("select a from Admission a join fetch a.lot l where l.dps = :dps "
                + "and a.status <> :terminated", Admission.class).setParameter("dps", dps)
                .setParameter("terminated", AdmissionStatus.TERMINATED).getResultList();
        var strictest = dps.getLots().stream().map(Lot::getExtensionApproval)
                .reduce(ExtensionApproval.LEAD, ExtensionApproval::or);
        for (var agreement : agreements) {
            var held = admissions.stream().filter(a -> a.getProvider().equals(agreement.getProvider()))
                    .map(Admission::getLot).toList();
            var codes = new TreeSet<String>();
            held.forEach(l -> codes.add(l.getCode()));
            var approval = held.isEmpty() ? strictest : held.stream().map(Lot::getExtensionApproval)
                    .reduce(ExtensionApproval.LEAD, ExtensionApproval::or);
            review.add(agreement, String.join(", ", codes), approval);
        }
        em.persist(review);
        review.assignReference(today.getYear());
        em.flush();
        decisions.of(ReviewTasks.SUBJECT, review.getReference(), "STARTED")
                .details(dps.getReference() + ": " + agreements.size() + " provider agreements; earliest notice deadline "
                        + UkFormat.date(deadline))
                .record();
        workflow.start(review);
        return review;
    }

    private Optional<LocalDate> earliestDeadline(Dps dps) {
        LocalDate today = LocalDate.now(clock);
        return Optional.ofNullable(em.createQuery("select min(c.noticeDeadline) from Contract c where c.dps = :dps "
                        + "and c.kind = :agreement and c.extendable = true and c.noticeDeadline >= :today and "
                        + UNDECIDED, LocalDate.class)
                .setParameter("dps", dps).setParameter("agreement", ContractKind.AGREEMENT).setParameter("today", today)
                .getSingleResult());
    }

    /** An open review, or a decided one of this notice round, means the market needs no new one. */
    private boolean reviewed(Dps dps, LocalDate deadline) {
        return em.createQuery("select count(r) from ExtensionReview r where r.dps = :dps and "
                        + "(r.status <> :decided or r.noticeDeadline >= :deadline)", Long.class)
                .setParameter("dps", dps).setParameter("decided", ReviewStatus.DECIDED)
                .setParameter("deadline", deadline).getSingleResult() > 0;
    }
}
