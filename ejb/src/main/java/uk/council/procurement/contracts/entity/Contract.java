package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * A contract in the register: a market (DPS or framework) itself, a provider's agreement under it, or a
 * call-off. It carries its term, its options to extend and the rules that bound them, each refusal
 * naming the rule and the dates.
 * <p>
 * Dates are whole days in UK terms. A contract runs from its commencement to the end of its expiry date.
 * A period of months runs from the day after the expiry to the day before the same date N months on (the
 * corresponding date rule; the last day of the month where there is no such date): 24/10/2024 extended by
 * 12 months ends on 24/10/2025. "No later than N months before expiry" means on or before the same date
 * N months before the expiry date: for 24/10/2024 and 3 months, 24/07/2024.
 */
@Entity
@Table(name = "contract")
@NamedQuery(name = Contract.BY_REFERENCE, query = "select c from Contract c join fetch c.dps "
        + "left join fetch c.provider where c.reference = :reference")
public class Contract {

    public static final String BY_REFERENCE = "Contract.byReference";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_seq")
    @SequenceGenerator(name = "contract_seq", sequenceName = "contract_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 40)
    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dps_id", nullable = false)
    private Dps dps;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
    private ProviderOrganisation provider;

    @NotBlank(message = "Title is required")
    @Size(max = 200, message = "Title must be at most 200 characters")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Commencement is required")
    @PlausibleDate
    @Column(nullable = false)
    private LocalDate commencement;

    @NotNull(message = "Expiry is required")
    @PlausibleDate
    @Column(name = "original_expiry", nullable = false)
    private LocalDate originalExpiry;

    @NotNull
    @Column(name = "current_expiry", nullable = false)
    private LocalDate currentExpiry;

    @Valid
    @NotNull
    @Embedded
    private ExtensionTerms terms;

    @Column(name = "extensions_taken", nullable = false)
    private int extensionsTaken;

    /** Kept with every change, so that the register filters and sorts by it in the database. */
    @Column(name = "notice_deadline", nullable = false)
    private LocalDate noticeDeadline;

    /**
     * The expiry for which the council has made its extension decision (extend, with a deed to follow, or
     * let expire); while it is the current expiry, no decision is due and no new review takes the contract.
     */
    @Column(name = "decided_for_expiry")
    private LocalDate decidedForExpiry;

    /** Whether the terms still allow an extension (kept with every change, like the deadline). */
    @Column(nullable = false)
    private boolean extendable;

    @DecimalMin(value = "0.01", message = "Rate must be at least £0.01")
    @DecimalMax(value = "99999.99", message = "Rate must be at most £99,999.99")
    @Digits(integer = 5, fraction = 2, message = "Rate must be in pounds and pence")
    @Column(precision = 7, scale = 2)
    private BigDecimal rate;

    @Enumerated(EnumType.STRING)
    @Column(name = "rate_unit", length = 20)
    private RateUnit rateUnit;

    @DecimalMin(value = "0.00", message = "Annual spend cannot be negative")
    @DecimalMax(value = "9999999999.99", message = "Annual spend must be at most £9,999,999,999.99")
    @Digits(integer = 10, fraction = 2, message = "Annual spend must be in pounds and pence")
    @Column(name = "annual_spend", precision = 12, scale = 2)
    private BigDecimal annualSpend;

    /** One market contract per market, one agreement per provider and market: unique, so two at once cannot both land. */
    @Size(max = 60)
    @Column(name = "unique_key", unique = true, length = 60)
    private String uniqueKey;

    @Size(max = 60)
    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Contract() {
    }

    public Contract(ContractKind kind, Dps dps, ProviderOrganisation provider, ContractDetails details, String by,
            Instant at) {
        this.kind = Objects.requireNonNull(kind);
        this.dps = Objects.requireNonNull(dps);
        if ((kind == ContractKind.MARKET) != (provider == null)) {
            throw new IllegalArgumentException("A market's contract has no provider; every other contract has one");
        }
        this.provider = provider;
        this.reference = kind == ContractKind.MARKET ? dps.getReference() : "NEW";
        this.uniqueKey = switch (kind) {
            case MARKET -> "M:" + dps.getId();
            case AGREEMENT -> "A:" + dps.getId() + ":" + provider.getId();
            case CALL_OFF -> null;
        };
        applyDates(details);
        applyTerms(details);
        touch(by, at);
    }

    /** A call-off in the register under the call-off's own reference (a block's BLK-2026-00012). */
    public static Contract callOff(String reference, Dps dps, ProviderOrganisation provider, ContractDetails details,
            String by, Instant at) {
        var contract = new Contract(ContractKind.CALL_OFF, dps, provider, details, by, at);
        contract.reference = Objects.requireNonNull(reference);
        contract.uniqueKey = "C:" + reference;
        return contract;
    }

    /** Agreements and call-offs are numbered once the id is known: FA-2021-00051. */
    public void assignReference() {
        if (id == null) {
            throw new IllegalStateException("Contract not persisted yet");
        }
        if (kind != ContractKind.MARKET) {
            reference = String.format(Locale.UK, "%s-%d-%05d", kind == ContractKind.AGREEMENT ? "FA" : "CO",
                    commencement.getYear(), id);
        }
    }

    /**
     * Corrects the register entry. Commencement and expiry may change only while no extension has been
     * made (a deed of extension moves the expiry, nothing else); terms, rate and spend at any time.
     */
    public void change(ContractDetails details, String by, Instant at) {
        boolean datesChange = !Objects.equals(details.commencement(), commencement)
                || !Objects.equals(details.expiry(), originalExpiry);
        if (datesChange && extensionsTaken > 0) {
            throw new WrongState("Contract " + reference + " has been extended (now to " + UkFormat.date(currentExpiry)
                    + "); its commencement and expiry can no longer be corrected.");
        }
        if (datesChange) {
            applyDates(details);
        }
        applyTerms(details);
        touch(by, at);
    }

    private void applyDates(ContractDetails d) {
        this.commencement = d.commencement();
        this.originalExpiry = d.expiry();
        this.currentExpiry = d.expiry();
    }

    private void applyTerms(ContractDetails d) {
        this.title = d.title() == null ? null : d.title().strip();
        this.terms = new ExtensionTerms(d.longestExtensionMonths(), d.extensionsAllowed(), d.longestTotalMonths(),
                d.noticeMonths());
        this.rate = d.rate();
        this.rateUnit = d.rate() == null ? null : d.rateUnit();
        if (d.rate() != null && d.rateUnit() == null) {
            throw new RuleViolation("Say what the rate is a price of: an hour or a week.");
        }
        this.annualSpend = d.annualSpend();
        checkTerm();
    }

    /** Rules across fields; missing or impossible values are left to Bean Validation. */
    private void checkTerm() {
        if (commencement == null || originalExpiry == null || !terms.complete() || !plausible(commencement)
                || !plausible(originalExpiry)) {
            return;
        }
        if (originalExpiry.isBefore(commencement)) {
            throw new RuleViolation("Expiry (" + UkFormat.date(originalExpiry) + ") cannot be before commencement ("
                    + UkFormat.date(commencement) + ").");
        }
        if (currentExpiry.isAfter(latestEnd())) {
            throw new RuleViolation(name() + " would run to " + UkFormat.date(currentExpiry)
                    + ", past its longest total term of " + months(terms.getLongestTotalMonths()) + " (to "
                    + UkFormat.date(latestEnd()) + ").");
        }
        if (boundByLegacyDps() && currentExpiry.isAfter(Regime.LEGACY_DPS_LONGSTOP)) {
            throw new RuleViolation("A DPS under the Public Contracts Regulations 2015, and agreements under it, "
                    + "cannot run beyond " + UkFormat.date(Regime.LEGACY_DPS_LONGSTOP) + " (expiry "
                    + UkFormat.date(currentExpiry) + ").");
        }
    }

    private String name() {
        return "NEW".equals(reference) ? "The contract" : "Contract " + reference;
    }

    private static boolean plausible(LocalDate date) {
        return !date.isBefore(PlausibleDate.EARLIEST) && !date.isAfter(PlausibleDate.LATEST);
    }

    private boolean boundByLegacyDps() {
        return dps.getRegime() == Regime.PCR_2015_DPS && kind != ContractKind.CALL_OFF;
    }

    /**
     * The extension by these months notified on this day, if the terms allow it; otherwise a refusal naming
     * the rule and the dates. Changes nothing.
     */
    public Extension checkExtension(int months, LocalDate notifiedOn) {
        Objects.requireNonNull(notifiedOn);
        if (months < 1) {
            throw new RuleViolation("An extension must be at least 1 month (asked: " + months + ").");
        }
        if (terms.getExtensionsAllowed() == 0) {
            throw new RuleViolation("Contract " + reference + " has no option to extend.");
        }
        if (extensionsTaken >= terms.getExtensionsAllowed()) {
            throw new RuleViolation("Contract " + reference + " has had the " + terms.getExtensionsAllowed()
                    + (terms.getExtensionsAllowed() == 1 ? " extension" : " extensions") + " its terms allow.");
        }
        if (months > terms.getLongestExtensionMonths()) {
            throw new RuleViolation("Contract " + reference + " may be extended by at most "
                    + months(terms.getLongestExtensionMonths()) + " at a time (asked: " + months(months) + ").");
        }
        LocalDate newExpiry = extendedBy(currentExpiry, months);
        if (newExpiry.isAfter(latestEnd())) {
            throw new RuleViolation("Extending contract " + reference + " by " + months(months) + " to "
                    + UkFormat.date(newExpiry) + " would pass its longest total term of "
                    + months(terms.getLongestTotalMonths()) + " from " + UkFormat.date(commencement) + " (to "
                    + UkFormat.date(latestEnd()) + ").");
        }
        if (boundByLegacyDps() && newExpiry.isAfter(Regime.LEGACY_DPS_LONGSTOP)) {
            throw new RuleViolation("Extending contract " + reference + " to " + UkFormat.date(newExpiry)
                    + " would pass " + UkFormat.date(Regime.LEGACY_DPS_LONGSTOP)
                    + ", after which no DPS under the Public Contracts Regulations 2015 may run.");
        }
        if (notifiedOn.isAfter(noticeDeadline())) {
            throw new RuleViolation("Notice to extend contract " + reference + " had to be given by "
                    + UkFormat.date(noticeDeadline()) + " (" + months(terms.getNoticeMonths()) + " before its expiry on "
                    + UkFormat.date(currentExpiry) + "); " + UkFormat.date(notifiedOn) + " is too late.");
        }
        return new Extension(months, currentExpiry, newExpiry, notifiedOn, noticeDeadline());
    }

    /** Extends the contract (the last signature on its deed does this), after checking the rules again. */
    public Extension extend(int months, LocalDate notifiedOn, String by, Instant at) {
        var extension = checkExtension(months, notifiedOn);
        currentExpiry = extension.newExpiry();
        extensionsTaken++;
        touch(by, at);
        return extension;
    }

    /** The last day on which notice to extend can be given: the same date N months before the expiry. */
    public LocalDate noticeDeadline() {
        return currentExpiry.minusMonths(terms.getNoticeMonths());
    }

    /** The last day the contract may run to if every extension were taken: the longest total term's end. */
    public LocalDate latestEnd() {
        return extendedBy(commencement.minusDays(1), terms.getLongestTotalMonths());
    }

    /** Whether another extension is possible at all (the notice deadline aside). */
    public boolean canStillBeExtended() {
        return extensionsTaken < terms.getExtensionsAllowed() && longestNextExtensionMonths() >= 1;
    }

    /** The most months the next extension may have under every rule but the notice deadline. */
    public int longestNextExtensionMonths() {
        if (extensionsTaken >= terms.getExtensionsAllowed()) {
            return 0;
        }
        LocalDate bound = latestEnd();
        if (boundByLegacyDps() && Regime.LEGACY_DPS_LONGSTOP.isBefore(bound)) {
            bound = Regime.LEGACY_DPS_LONGSTOP;
        }
        int months = Math.min(terms.getLongestExtensionMonths(), 1200);
        while (months > 0 && extendedBy(currentExpiry, months).isAfter(bound)) {
            months--;
        }
        return months;
    }

    /** Needs a decision soon: still extendable, not decided for this expiry, notice deadline between today and the horizon. */
    public boolean needsDecisionBetween(LocalDate today, LocalDate horizon) {
        return canStillBeExtended() && !isDecided() && !noticeDeadline().isBefore(today)
                && !noticeDeadline().isAfter(horizon);
    }

    /** The council has decided on extending it for its current expiry (an extension moves the expiry on). */
    public boolean isDecided() {
        return currentExpiry.equals(decidedForExpiry);
    }

    /** Records that the decision for the current expiry is made (extend with a deed to follow, or let expire). */
    public void recordDecision() {
        this.decidedForExpiry = currentExpiry;
    }

    public LocalDate getDecidedForExpiry() {
        return decidedForExpiry;
    }

    public String statusOn(LocalDate today) {
        if (today.isBefore(commencement)) {
            return "Not started";
        }
        return today.isAfter(currentExpiry) ? "Ended" : "Live";
    }

    /** The expiry after a period of months from the day after {@code expiry} (the corresponding date rule). */
    public static LocalDate extendedBy(LocalDate expiry, int months) {
        LocalDate start = expiry.plusDays(1);
        LocalDate corresponding = start.plusMonths(months);
        // no corresponding date (31 January + 1 month): the period ends with the last day of that month
        return start.getDayOfMonth() > corresponding.lengthOfMonth() ? corresponding : corresponding.minusDays(1);
    }

    /** Whole months from commencement to the end of the current expiry, as a term is described. */
    public long termMonths() {
        return ChronoUnit.MONTHS.between(commencement, currentExpiry.plusDays(1));
    }

    static String months(int months) {
        if (months % 12 == 0 && months > 0) {
            return months / 12 + (months == 12 ? " year" : " years");
        }
        return months + (months == 1 ? " month" : " months");
    }

    private void touch(String by, Instant at) {
        if (currentExpiry != null && terms.complete()) {
            this.noticeDeadline = noticeDeadline();
            this.extendable = canStillBeExtended();
        }
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public ContractKind getKind() {
        return kind;
    }

    public Dps getDps() {
        return dps;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getCommencement() {
        return commencement;
    }

    public LocalDate getOriginalExpiry() {
        return originalExpiry;
    }

    public LocalDate getCurrentExpiry() {
        return currentExpiry;
    }

    public ExtensionTerms getTerms() {
        return terms;
    }

    public int getExtensionsTaken() {
        return extensionsTaken;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public RateUnit getRateUnit() {
        return rateUnit;
    }

    public BigDecimal getAnnualSpend() {
        return annualSpend;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
