package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import uk.council.procurement.audit.boundary.AuditTrail;
import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.control.ContractRegister;
import uk.council.procurement.contracts.entity.Contract;
import uk.council.procurement.contracts.entity.ContractDetails;
import uk.council.procurement.contracts.entity.ContractKind;
import uk.council.procurement.contracts.entity.ExtensionCost;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.Page;
import uk.council.procurement.platform.PagedQuery;
import uk.council.procurement.platform.RecordNotFound;
import uk.council.procurement.platform.References;
import uk.council.procurement.platform.Search;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.Validation;
import uk.council.procurement.platform.Versions;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.platform.events.Decisions;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.security.Roles;
import uk.council.procurement.security.boundary.CurrentUser;

/**
 * The contract register: every market, provider agreement and call-off with its term and options to
 * extend. Council staff see all of it; a provider sees its own organisation's contracts only (another's
 * is "not found"). Procurement officers register and correct entries; every change is recorded with
 * who, when and why. The expiry itself moves only by a deed of extension.
 */
@Stateless
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER, Roles.PROVIDER})
public class Contracts {

    public static final String SUBJECT = ContractRegister.SUBJECT;
    /** The register's "decision due" horizon when none is asked for: six months. */
    public static final int DEFAULT_DUE_MONTHS = 6;
    public static final int MAX_DUE_MONTHS = 36;
    private static final String WHAT = "Contract";
    private static final Map<String, String> SORTS = Map.of("reference", "c.reference", "expiry", "c.currentExpiry",
            "notice", "c.noticeDeadline", "provider", "p.name", "commencement", "c.commencement");
    /** Still extendable, not decided for its current expiry, its notice deadline by the horizon. */
    private static final String DUE = "c.extendable = true and c.noticeDeadline between :today and :horizon "
            + "and (c.decidedForExpiry is null or c.decidedForExpiry <> c.currentExpiry)";
    /** Live, ending by the horizon, and no extension left (none allowed, or its notice passed). */
    private static final String ENDING = "c.currentExpiry between :today and :horizon and c.commencement <= :today "
            + "and (c.extendable = false or c.noticeDeadline < :today)";
    private static final List<String> STATUSES = List.of("live", "ended", "not-started");

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    AuditTrail audit;

    @Inject
    ContractRegister register;

    @Inject
    Decisions decisions;

    @Inject
    Validation validation;

    @Inject
    Clock clock;

    public Page<ContractView> list(ContractQuery query) {
        var q = query == null ? ContractQuery.firstPage() : query;
        LocalDate today = LocalDate.now(clock);
        var paged = new PagedQuery();
        if (currentUser.isProvider()) {
            paged.where("p.id = :provider", "provider", currentUser.providerId().orElse(-1L));
        }
        paged.where("c.kind = :kind", "kind", kind(q.kind()));
        if (q.dps() != null && !q.dps().isBlank()) {
            paged.where("d.reference = :dps", "dps", References.required("dps", q.dps()));
        }
        String status = q.status() == null || q.status().isBlank() ? null : q.status().strip().toLowerCase(Locale.UK);
        if (status != null && !STATUSES.contains(status)) {
            throw new InvalidInput("status", "must be one of " + String.join(", ", STATUSES));
        }
        if (status != null) {
            paged.where(switch (status) {
                case "live" -> "c.commencement <= :today and c.currentExpiry >= :today";
                case "ended" -> "c.currentExpiry < :today";
                default -> "c.commencement > :today";
            }).with("today", today);
        }
        paged.where("(lower(c.reference) like :text" + Search.ESCAPE + " or lower(c.title) like :text" + Search.ESCAPE
                + " or lower(p.name) like :text" + Search.ESCAPE + ")", "text", Search.contains(q.text()));
        if (q.dueWithinMonths() != null) {
            paged.where(DUE).with("today", today).with("horizon", horizon(today, q.dueWithinMonths()));
        }
        if (q.endingWithinMonths() != null) {
            paged.where(ENDING).with("today", today).with("horizon", horizon(today, q.endingWithinMonths(), "endingWithinMonths"));
        }
        if (q.dueWithinMonths() != null && q.endingWithinMonths() != null) {
            throw new InvalidInput("endingWithinMonths", "ask for contracts due a decision or ending, not both");
        }
        String order = Search.sort(q.sort(), SORTS, "notice") + (q.descending() ? " desc" : " asc") + ", c.reference";
        return paged.page(em, Contract.class, "select c from Contract c join fetch c.dps d left join fetch c.provider p",
                "select count(c) from Contract c join c.dps d left join c.provider p", order, q.first(), q.max(),
                c -> view(c, today));
    }

    public ContractView find(String reference) {
        return view(load(reference), LocalDate.now(clock));
    }

    /** Every change to the contract: registered, corrected, extended, with who, when and why (staff: it holds reasons). */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public List<HistoryEntry> history(String reference) {
        var contract = load(reference);
        return audit.historyOf(SUBJECT, contract.getReference());
    }

    /** What needs a decision in the next months (staff only: the shared inbox shows it). */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public DueCounts dueCounts(Integer months) {
        int window = months == null ? DEFAULT_DUE_MONTHS : months;
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = horizon(today, window, "months");
        long due = new PagedQuery().where(DUE).with("today", today).with("horizon", horizon).count(em, "select count(c) from Contract c");
        long ending = new PagedQuery().where(ENDING).with("today", today).with("horizon", horizon).count(em, "select count(c) from Contract c");
        return new DueCounts(window, horizon, due, ending);
    }

    /**
     * Whether the contract may be extended by these months with notice on that day (today if none), and
     * what it would cost with this fee uplift on last year's spend. Changes nothing; a refusal names the rule.
     */
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.COMMISSIONING_LEAD, Roles.LEGAL, Roles.QUALITY_OFFICER})
    public ExtensionCheck checkExtension(String reference, Integer months, LocalDate notifiedOn, BigDecimal upliftPercent) {
        if (months == null) {
            throw new InvalidInput("months", "is required");
        }
        var contract = load(reference);
        LocalDate on = notifiedOn == null ? LocalDate.now(clock) : notifiedOn;
        var extension = contract.checkExtension(months, on);
        BigDecimal cost = null;
        BigDecimal rounded = null;
        if (contract.getAnnualSpend() != null) {
            var projected = ExtensionCost.of(contract.getAnnualSpend(),
                    upliftPercent == null ? BigDecimal.ZERO : upliftPercent, months);
            cost = projected.exact();
            rounded = projected.rounded();
        }
        return new ExtensionCheck(contract.getReference(), months, extension.currentExpiry(), extension.newExpiry(), on,
                extension.noticeDeadline(), contract.getAnnualSpend(), upliftPercent, cost, rounded);
    }

    /** Registers an agreement made outside the system (a provider's framework contract), with a reason. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ContractView registerAgreement(String dpsReference, Long providerId, ContractDetails details, String reason) {
        String why = reasonRequired(reason);
        var dps = References.find(em, Dps.class, Dps.BY_REFERENCE, References.required("dps", dpsReference))
                .orElseThrow(() -> new RecordNotFound("DPS", dpsReference));
        if (providerId == null) {
            throw new InvalidInput("providerId", "is required");
        }
        var provider = em.find(ProviderOrganisation.class, providerId);
        if (provider == null) {
            throw new RecordNotFound("Provider", providerId);
        }
        boolean exists = !em.createQuery("select c.id from Contract c where c.dps = :dps and c.provider = :provider "
                        + "and c.kind = :agreement", Long.class).setParameter("dps", dps).setParameter("provider", provider)
                .setParameter("agreement", ContractKind.AGREEMENT).getResultList().isEmpty();
        if (exists) {
            throw new WrongState(provider.getName() + " already has an agreement under " + dps.getReference() + ".");
        }
        var contract = checked(new Contract(ContractKind.AGREEMENT, dps, provider, requiredDetails(details),
                currentUser.username(), clock.instant()));
        em.persist(contract);
        contract.assignReference();
        Versions.flush(em, WHAT, contract.getReference()); // the insert carries the placeholder until this update
        decisions.of(SUBJECT, contract.getReference(), "REGISTERED").as(Roles.PROCUREMENT_OFFICER).because(why)
                .details(describe(contract)).record();
        return view(contract, LocalDate.now(clock));
    }

    /** Corrects an entry: title, terms, rate and spend; the dates only while it has not been extended. */
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ContractView change(String reference, long version, ContractDetails details, String reason) {
        String why = reasonRequired(reason);
        var contract = load(reference);
        Versions.expect(contract.getVersion(), version, WHAT, contract.getReference());
        String before = describe(contract);
        contract.change(requiredDetails(details), currentUser.username(), clock.instant());
        checked(contract);
        Versions.flush(em, WHAT, contract.getReference());
        String after = describe(contract);
        decisions.of(SUBJECT, contract.getReference(), "CHANGED").as(Roles.PROCUREMENT_OFFICER).because(why)
                .details(before.equals(after) ? "No change to the terms" : "Was: " + before + ". Now: " + after).record();
        return view(contract, LocalDate.now(clock));
    }

    /** Bean Validation of the entity, its errors named as the request names the fields (expiry, noticeMonths). */
    private Contract checked(Contract contract) {
        try {
            return validation.check(contract);
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(error -> new InvalidInput.FieldError(
                    error.field().equals("originalExpiry") ? "expiry" : error.field().replace("terms.", ""),
                    error.message())).toList());
        }
    }

    private static ContractDetails requiredDetails(ContractDetails details) {
        if (details == null) {
            throw new InvalidInput("body", "is required");
        }
        return details;
    }

    private static String reasonRequired(String reason) {
        return uk.council.procurement.platform.Texts.required("reason", reason, 1,
                "Say why (it is kept in the contract's history)");
    }

    private static LocalDate horizon(LocalDate today, int months) {
        if (months < 1 || months > MAX_DUE_MONTHS) {
            throw new InvalidInput("dueWithinMonths", "must be from 1 to " + MAX_DUE_MONTHS);
        }
        return today.plusMonths(months);
    }

    private static LocalDate horizon(LocalDate today, Integer months, String field) {
        try {
            return horizon(today, months);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, "must be from 1 to " + MAX_DUE_MONTHS);
        }
    }

    private static ContractKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return ContractKind.valueOf(kind.strip().toUpperCase(Locale.UK).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("kind", "must be one of market, agreement, call-off");
        }
    }

    private Contract load(String reference) {
        return register.visibleTo(reference, currentUser);
    }

    /** The terms in one line, for the history: before and after a change. */
    static String describe(Contract c) {
        var t = c.getTerms();
        return c.getTitle() + "; " + UkFormat.date(c.getCommencement()) + " to " + UkFormat.date(c.getCurrentExpiry())
                + "; " + t.describe()
                + (c.getRate() == null ? "" : "; rate " + UkFormat.money(c.getRate()) + " " + c.getRateUnit().label())
                + (c.getAnnualSpend() == null ? "" : "; annual spend " + UkFormat.money(c.getAnnualSpend()));
    }

    static ContractView view(Contract c, LocalDate today) {
        var dps = c.getDps();
        var provider = c.getProvider();
        var t = c.getTerms();
        boolean due = c.needsDecisionBetween(today, today.plusMonths(DEFAULT_DUE_MONTHS));
        return new ContractView(c.getReference(), c.getVersion(), c.getKind().name(), c.getKind().label(), c.getTitle(),
                dps.getReference(), dps.getTitle(), dps.getRegime().name(), provider == null ? null : provider.getId(),
                provider == null ? null : provider.getName(), c.getCommencement(), c.getOriginalExpiry(),
                c.getCurrentExpiry(), c.noticeDeadline(), c.latestEnd(), t.getLongestExtensionMonths(),
                t.getExtensionsAllowed(), c.getExtensionsTaken(), t.getLongestTotalMonths(), t.getNoticeMonths(),
                t.describe(), c.canStillBeExtended(), c.longestNextExtensionMonths(), due, c.statusOn(today), c.getRate(),
                c.getRateUnit() == null ? null : c.getRateUnit().name(),
                c.getRate() == null ? null : UkFormat.money(c.getRate()) + " " + c.getRateUnit().label(),
                c.getAnnualSpend(), c.getChangedBy(), c.getChangedAt());
    }
}
