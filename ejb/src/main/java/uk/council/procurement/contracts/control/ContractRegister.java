package uk.council.procurement.contracts.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.ContractDetails;
import uk.council.procurement.contracts.entity.ContractKind;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * Keeps the register complete: a market has its contract once it opens, and a provider has an agreement
 * under a market from its first admission. Each is taken from the market's own terms (the officers correct
 * them on the contract's page) and recorded as a decision of the register, in the caller's transaction.
 */
@ApplicationScoped
public class ContractRegister {

    public static final String SUBJECT = "CONTRACT";
    /** Notice to extend when the market does not say: three months, as the Bury contracts. */
    public static final int DEFAULT_NOTICE_MONTHS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Decisions decisions;

    @Inject
    Clock clock;

    /**
     * A contract by its reference as the caller may see it: staff see every one; a provider its own
     * organisation's only, another's being "not found" so that its existence does not leak.
     */
    public Contract visibleTo(String reference, uk.council.procurement.security.boundary.CurrentUser caller) {
        String ref = uk.council.procurement.platform.References.required("reference", reference);
        var contract = uk.council.procurement.platform.References.find(em, Contract.class, Contract.BY_REFERENCE, ref)
                .orElseThrow(() -> new uk.council.procurement.platform.RecordNotFound("Contract", ref));
        if (caller.isProvider() && (contract.getProvider() == null
                || !contract.getProvider().getId().equals(caller.providerId().orElse(-1L)))) {
            throw new uk.council.procurement.platform.RecordNotFound("Contract", ref);
        }
        return contract;
    }

    public Optional<Contract> marketContract(Dps dps) {
        return em.createQuery("select c from Contract c where c.dps = :dps and c.kind = :market", Contract.class)
                .setParameter("dps", dps).setParameter("market", ContractKind.MARKET).getResultStream().findFirst();
    }

    /** The market's own contract: its term, with its optional extensions as the terms to extend. */
    public Contract ensureMarket(Dps dps, String by) {
        return marketContract(dps).orElseGet(() -> {
            var contract = new Contract(ContractKind.MARKET, dps, null,
                    marketDetails(dps, DEFAULT_NOTICE_MONTHS, null), by, clock.instant());
            em.persist(contract);
            decisions.of(SUBJECT, contract.getReference(), "REGISTERED")
                    .details(ContractKind.MARKET.label() + " " + dps.getTitle() + ", " + UkFormat.date(dps.getTermStart())
                            + " to " + UkFormat.date(contract.getCurrentExpiry()))
                    .record();
            return contract;
        });
    }

    /**
     * After the market's term is changed: its contract follows while it has not been extended (a deed
     * moves it after that). Notice, rate and spend stay as the officers set them.
     */
    public void followMarket(Dps dps, String by) {
        marketContract(dps).filter(c -> c.getExtensionsTaken() == 0).ifPresent(contract -> {
            LocalDate before = contract.getCurrentExpiry();
            var t = contract.getTerms();
            var details = marketDetails(dps, t.getNoticeMonths(), contract);
            if (!details.commencement().equals(contract.getCommencement())
                    || !details.expiry().equals(contract.getCurrentExpiry())
                    || details.longestExtensionMonths() != t.getLongestExtensionMonths()
                    || details.extensionsAllowed() != t.getExtensionsAllowed()
                    || details.longestTotalMonths() != t.getLongestTotalMonths()
                    || !details.title().equals(contract.getTitle())) {
                contract.change(details, by, clock.instant());
                decisions.of(SUBJECT, contract.getReference(), "CHANGED").because("The market's term was changed")
                        .details(UkFormat.date(contract.getCommencement()) + " to "
                                + UkFormat.date(contract.getCurrentExpiry()) + "; " + contract.getTerms().describe())
                        .record();
                followedByAgreements(dps, before, contract, by);
            }
        });
    }

    /** Agreements that ran to the market's old expiry and were never extended run to its new one. */
    private void followedByAgreements(Dps dps, LocalDate oldExpiry, Contract market, String by) {
        if (oldExpiry.equals(market.getCurrentExpiry())) {
            return;
        }
        var agreements = em.createQuery("select c from Contract c where c.dps = :dps and c.kind = :agreement "
                        + "and c.extensionsTaken = 0 and c.currentExpiry = :old", Contract.class)
                .setParameter("dps", dps).setParameter("agreement", ContractKind.AGREEMENT)
                .setParameter("old", oldExpiry).getResultList();
        for (var agreement : agreements) {
            var t = agreement.getTerms();
            agreement.change(new ContractDetails(agreement.getTitle(), agreement.getCommencement(),
                    market.getCurrentExpiry(), t.getLongestExtensionMonths(), t.getExtensionsAllowed(),
                    Math.max(t.getLongestTotalMonths(), monthsCovering(agreement.getCommencement(), market.latestEnd())),
                    t.getNoticeMonths(), agreement.getRate(), agreement.getRateUnit(), agreement.getAnnualSpend()),
                    by, clock.instant());
            decisions.of(SUBJECT, agreement.getReference(), "CHANGED").because("The market's term was changed")
                    .details("Expiry " + UkFormat.date(oldExpiry) + " to " + UkFormat.date(market.getCurrentExpiry()))
                    .record();
        }
    }

    private static ContractDetails marketDetails(Dps dps, int noticeMonths, Contract existing) {
        return new ContractDetails(dps.getTitle(), dps.getTermStart(), dps.currentTermEnd(),
                Math.max(1, dps.getExtensionMonths()), dps.getExtensionOptions() - dps.getExtensionsTaken(),
                monthsCovering(dps.getTermStart(), dps.latestPossibleEnd()), noticeMonths,
                existing == null ? null : existing.getRate(), existing == null ? null : existing.getRateUnit(),
                existing == null ? null : existing.getAnnualSpend());
    }

    /**
     * The provider's agreement under the market, made on its first admission: from that day (or the market's
     * commencement) to the market's current expiry, extendable with the market up to its latest end.
     */
    public Contract ensureAgreement(ProviderOrganisation provider, Dps dps, LocalDate admittedOn, String by) {
        var existing = em.createQuery("select c from Contract c where c.dps = :dps and c.provider = :provider "
                        + "and c.kind = :agreement", Contract.class)
                .setParameter("dps", dps).setParameter("provider", provider)
                .setParameter("agreement", ContractKind.AGREEMENT).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        var market = ensureMarket(dps, by);
        LocalDate commencement = admittedOn.isBefore(market.getCommencement()) ? market.getCommencement() : admittedOn;
        var terms = market.getTerms();
        var agreement = new Contract(ContractKind.AGREEMENT, dps, provider, new ContractDetails(
                fit(dps.getTitle() + ": " + provider.getName()), commencement, market.getCurrentExpiry(),
                terms.getLongestExtensionMonths(), terms.getExtensionsAllowed(),
                monthsCovering(commencement, market.latestEnd()), terms.getNoticeMonths(), null, null, null),
                by, clock.instant());
        em.persist(agreement);
        agreement.assignReference();
        em.flush(); // the insert carries the placeholder; only one may be pending at a time
        decisions.of(SUBJECT, agreement.getReference(), "REGISTERED")
                .details(ContractKind.AGREEMENT.label() + " of " + provider.getName() + " under " + dps.getReference()
                        + ", " + UkFormat.date(commencement) + " to " + UkFormat.date(agreement.getCurrentExpiry()))
                .record();
        return agreement;
    }

    /**
     * A call-off with a fixed term (a block of places) under the market: its own reference, its term, no
     * option to extend unless the officers record one; its rate and annual value.
     */
    public Contract registerCallOff(String reference, Dps dps, ProviderOrganisation provider, String title,
            LocalDate start, LocalDate end, java.math.BigDecimal rate, uk.council.procurement.contracts.entity.RateUnit unit,
            java.math.BigDecimal annualValue, String by) {
        var contract = Contract.callOff(reference, dps, provider, new ContractDetails(title, start, end, 12, 0,
                monthsCovering(start, end), 0, rate, unit, annualValue), by, clock.instant());
        em.persist(contract);
        decisions.of(SUBJECT, contract.getReference(), "REGISTERED")
                .details(ContractKind.CALL_OFF.label() + " of " + provider.getName() + " under " + dps.getReference()
                        + ", " + UkFormat.date(start) + " to " + UkFormat.date(end))
                .record();
        return contract;
    }

    /** A block of places in the register: its term, its weekly rate per place, its value over a year of weeks. */
    public Contract registerBlock(uk.council.procurement.calloff.entity.BlockCallOff block, String by) {
        var lot = block.getLot();
        var annual = block.getWeeklyRate().multiply(java.math.BigDecimal.valueOf(block.getPlaces()))
                .multiply(uk.council.procurement.calloff.entity.CallOffContract.WEEKS_PER_YEAR)
                .setScale(2, java.math.RoundingMode.HALF_UP);
        return registerCallOff(block.getReference(), lot.getDps(), block.getProvider(), fit("Block of " + block.getPlaces()
                + " places at " + block.getLocationName()), block.getStartDate(), block.getEndDate(),
                block.getWeeklyRate(), uk.council.procurement.contracts.entity.RateUnit.PER_WEEK, annual, by);
    }

    /** A title made of other names, cut to the 200 characters a title holds. */
    static String fit(String title) {
        return title.length() <= 200 ? title : title.substring(0, 199) + "…";
    }

    /** Whole months from a start that reach at least to the end day (a part month counts as one). */
    static int monthsCovering(LocalDate start, LocalDate end) {
        long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
        if (Contract.extendedBy(start.minusDays(1), (int) months).isBefore(end)) {
            months++;
        }
        return (int) Math.max(1, months);
    }
}
