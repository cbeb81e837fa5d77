package uk.council.procurement.dps.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;

/**
 * A dynamic purchasing system (or a market of the same shape): an always-open list of providers,
 * split into lots, with a term, optional extensions and an evaluation clock set by its regime.
 */
@Entity
@Table(name = "dps")
@NamedQuery(name = Dps.BY_REFERENCE, query = "select d from Dps d where d.reference = :reference")
public class Dps {

    public static final String BY_REFERENCE = "Dps.byReference";
    public static final String REFERENCE = "[A-Z0-9][A-Z0-9-]{2,39}";

    /** Longest initial term of a DPS, before optional extensions. */
    public static final int MAX_TERM_YEARS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_seq")
    @SequenceGenerator(name = "dps_seq", sequenceName = "dps_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "Reference is required")
    @Pattern(regexp = REFERENCE, message = "must be 3 to 40 capital letters, digits or hyphens, such as SCC-CH-DPS-2017")
    @Column(nullable = false, unique = true, length = 40)
    @Size(max = 40)
    private String reference;

    @NotBlank(message = "Title is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @NotNull(message = "Regime is required")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Regime regime;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DpsStatus status = DpsStatus.DRAFT;

    @NotNull(message = "Term start is required")
    @Column(name = "term_start", nullable = false)
    @uk.council.procurement.platform.PlausibleDate
    private LocalDate termStart;

    @NotNull(message = "Term end is required")
    @Column(name = "term_end", nullable = false)
    @uk.council.procurement.platform.PlausibleDate
    private LocalDate termEnd;

    @Min(value = 0, message = "Number of optional extensions cannot be negative")
    @Max(value = 5, message = "Number of optional extensions must be at most 5")
    @Column(name = "extension_options", nullable = false)
    private int extensionOptions;

    @Min(value = 1, message = "Extension length must be at least 1 month")
    @Max(value = 60, message = "Extension length must be at most 60 months")
    @Column(name = "extension_months", nullable = false)
    private int extensionMonths;

    @Column(name = "extensions_taken", nullable = false)
    private int extensionsTaken;

    @Valid
    @NotNull
    @Embedded
    private EvaluationClock evaluationClock;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Valid
    @OneToMany(mappedBy = "dps", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("code")
    private List<Lot> lots = new ArrayList<>();

    protected Dps() {
    }

    public Dps(DpsDetails details, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        apply(details);
    }

    /** Changes what the officer may change; the regime's rules are checked on the result. */
    public void update(DpsDetails details) {
        if (status == DpsStatus.CLOSED) {
            throw new WrongState("DPS " + reference + " is closed and can no longer be changed.");
        }
        if (status != DpsStatus.DRAFT && details.regime() != regime) {
            throw new RuleViolation("The regime of DPS " + reference + " cannot change once it has opened.");
        }
        if (status != DpsStatus.DRAFT && details.reference() != null
                && !details.reference().trim().equalsIgnoreCase(reference)) {
            throw new RuleViolation("The reference of DPS " + reference + " cannot change once it has opened: its "
                    + "decisions and processes are recorded under it.");
        }
        apply(details);
    }

    private void apply(DpsDetails d) {
        this.reference = d.reference() == null ? null : d.reference().trim().toUpperCase(Locale.UK);
        this.title = d.title() == null ? null : d.title().trim();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().trim();
        this.regime = d.regime();
        this.termStart = d.termStart();
        this.termEnd = d.termEnd();
        this.extensionOptions = d.extensionOptions();
        this.extensionMonths = d.extensionMonths();
        this.evaluationClock = new EvaluationClock(d.evaluationWorkingDays(), d.extendedEvaluationWorkingDays());
        checkRegimeRules();
    }

    private static boolean plausible(LocalDate date) {
        return !date.isBefore(uk.council.procurement.platform.PlausibleDate.EARLIEST)
                && !date.isAfter(uk.council.procurement.platform.PlausibleDate.LATEST);
    }

    /** Rules across fields, with the law's own dates; field formats are left to Bean Validation. */
    private void checkRegimeRules() {
        if (termStart == null || termEnd == null || regime == null || !plausible(termStart) || !plausible(termEnd)) {
            return; // Bean Validation reports the missing or impossible date
        }
        if (termEnd.isAfter(termStart.plusYears(MAX_TERM_YEARS))) {
            throw new RuleViolation("The initial term may be at most " + MAX_TERM_YEARS + " years (term end "
                    + UkFormat.date(termEnd) + " is after " + UkFormat.date(termStart.plusYears(MAX_TERM_YEARS))
                    + "); optional extensions come on top.");
        }
        if (!termEnd.isAfter(termStart)) {
            throw new RuleViolation("Term end (" + UkFormat.date(termEnd) + ") must be after term start ("
                    + UkFormat.date(termStart) + ").");
        }
        Integer extended = evaluationClock.extendedWorkingDays();
        if (extended != null && extended <= evaluationClock.workingDays()) {
            throw new RuleViolation("The extended evaluation period must be longer than the standard one ("
                    + evaluationClock.workingDays() + " working days).");
        }
        switch (regime) {
            case PCR_2015_DPS -> {
                if (!termStart.isBefore(Regime.ACT_COMMENCEMENT)) {
                    throw new RuleViolation("A DPS under the Public Contracts Regulations 2015 must have been set up "
                            + "before " + UkFormat.date(Regime.ACT_COMMENCEMENT)
                            + "; set up a dynamic market under the Procurement Act 2023 instead.");
                }
                if (currentTermEnd().isAfter(Regime.LEGACY_DPS_LONGSTOP)) {
                    throw new RuleViolation("A DPS under the Public Contracts Regulations 2015 cannot run beyond "
                            + UkFormat.date(Regime.LEGACY_DPS_LONGSTOP) + ".");
                }
                if (evaluationClock.workingDays() != Regime.PCR_EVALUATION_DAYS
                        || !Objects.equals(extended, Regime.PCR_EXTENDED_EVALUATION_DAYS)) {
                    throw new RuleViolation("Under the Public Contracts Regulations 2015 (reg 34) requests to "
                            + "participate are decided within " + Regime.PCR_EVALUATION_DAYS
                            + " working days, extendable to " + Regime.PCR_EXTENDED_EVALUATION_DAYS + ".");
                }
            }
            case PA_2023_DYNAMIC_MARKET -> {
                if (termStart.isBefore(Regime.ACT_COMMENCEMENT)) {
                    throw new RuleViolation("A dynamic market under the Procurement Act 2023 cannot start before "
                            + UkFormat.date(Regime.ACT_COMMENCEMENT) + ".");
                }
            }
            case PCR_2015_FRAMEWORK -> {
                // Light-touch regime: the authority sets its own reasonable time limits.
            }
        }
    }

    public Lot addLot(LotDetails details) {
        if (status == DpsStatus.CLOSED) {
            throw new WrongState("DPS " + reference + " is closed; no lots can be added.");
        }
        String code = details.code() == null ? null : details.code().trim().toUpperCase(Locale.UK);
        if (code != null && lots.stream().anyMatch(l -> l.getCode().equals(code))) {
            throw new RuleViolation("DPS " + reference + " already has a lot " + code + ".");
        }
        var lot = new Lot(this, details);
        lots.add(lot);
        return lot;
    }

    public Lot updateLot(Long lotId, LotDetails details) {
        var lot = lot(lotId).orElseThrow(() -> new RuleViolation("Lot " + lotId + " is not a lot of DPS " + reference + "."));
        if (status == DpsStatus.CLOSED) {
            throw new WrongState("DPS " + reference + " is closed and its lots can no longer be changed.");
        }
        String code = details.code() == null ? null : details.code().trim().toUpperCase(Locale.UK);
        if (status != DpsStatus.DRAFT && !lot.getCode().equals(code)) {
            throw new RuleViolation("The code of lot " + lot.getCode() + " cannot change once DPS " + reference
                    + " has opened: admissions and decisions are recorded under it.");
        }
        if (lots.stream().anyMatch(l -> l != lot && l.getCode().equals(code))) {
            throw new RuleViolation("DPS " + reference + " already has a lot " + code + ".");
        }
        if (regime == Regime.PA_2023_DYNAMIC_MARKET && status == DpsStatus.OPEN
                && (lot.getEligibility().getMinimumRating() != details.minimumRating()
                        || lot.getEligibility().isAdmitInadequateSuspended() != details.admitInadequateSuspended())) {
            throw new RuleViolation("The conditions of membership of a dynamic market cannot change during its term "
                    + "(Procurement Act 2023, s 35).");
        }
        lot.update(details);
        return lot;
    }

    public void open(LocalDate today) {
        if (status != DpsStatus.DRAFT) {
            throw new WrongState("DPS " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + "; only a draft can be opened.");
        }
        if (lots.isEmpty()) {
            throw new RuleViolation("DPS " + reference + " needs at least one lot before it opens.");
        }
        if (today.isAfter(currentTermEnd())) {
            throw new RuleViolation("DPS " + reference + " cannot open: its term ended on "
                    + UkFormat.date(currentTermEnd()) + ".");
        }
        status = DpsStatus.OPEN;
    }

    public void close() {
        if (status != DpsStatus.OPEN) {
            throw new WrongState("DPS " + reference + " is not open.");
        }
        status = DpsStatus.CLOSED;
    }

    /** Refuses, with the reason, if providers cannot apply today. */
    public void requireAcceptingApplications(LocalDate today) {
        if (status != DpsStatus.OPEN) {
            throw new WrongState("DPS " + reference + " is not open for applications.");
        }
        if (today.isBefore(termStart)) {
            throw new WrongState("DPS " + reference + " opens for applications on " + UkFormat.date(termStart) + ".");
        }
        if (today.isAfter(currentTermEnd())) {
            throw new WrongState("DPS " + reference + " closed for applications on "
                    + UkFormat.date(currentTermEnd()) + ".");
        }
    }

    /** The status as people mean it: an open DPS whose term has run out has ended. */
    public String statusLabelOn(LocalDate today) {
        return status == DpsStatus.OPEN && today.isAfter(currentTermEnd()) ? "Ended" : status.label();
    }

    /** Whether call-offs (requirements, packages) can be made under it on a day: set up, and in its term. */
    public boolean takesCallOffsOn(LocalDate today) {
        return status != DpsStatus.DRAFT && !today.isBefore(termStart) && !today.isAfter(currentTermEnd());
    }

    public boolean acceptsApplicationsOn(LocalDate today) {
        return status == DpsStatus.OPEN && !today.isBefore(termStart) && !today.isAfter(currentTermEnd());
    }

    /** End of the term including the extensions taken so far. */
    public LocalDate currentTermEnd() {
        return termEnd.plusMonths((long) extensionMonths * extensionsTaken);
    }

    /** End of the term if every optional extension were taken. */
    public LocalDate latestPossibleEnd() {
        return termEnd.plusMonths((long) extensionMonths * extensionOptions);
    }

    public Optional<Lot> lot(Long lotId) {
        return lots.stream().filter(l -> l.getId() != null && l.getId().equals(lotId)).findFirst();
    }

    public Optional<Lot> lotByCode(String code) {
        return lots.stream().filter(l -> l.getCode().equalsIgnoreCase(code)).findFirst();
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

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Regime getRegime() {
        return regime;
    }

    public DpsStatus getStatus() {
        return status;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public int getExtensionOptions() {
        return extensionOptions;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public int getExtensionsTaken() {
        return extensionsTaken;
    }

    public EvaluationClock getEvaluationClock() {
        return evaluationClock;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Lot> getLots() {
        return Collections.unmodifiableList(lots);
    }
}
