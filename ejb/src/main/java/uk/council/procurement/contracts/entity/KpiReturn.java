package uk.council.procurement.contracts.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;

/**
 * A contract's key performance indicators for one quarter of a financial year (April to March): the
 * share of visits on time, complaints, staff turnover and electronic call monitoring compliance, as
 * the officers record them from the provider's returns. One per contract and quarter.
 */
@Entity
@Table(name = "kpi_return", uniqueConstraints = @UniqueConstraint(name = "uk_kpi_return_quarter",
        columnNames = {"contract_id", "financial_year", "quarter"}))
public class KpiReturn {

    /** Targets of the care at home specification: below them, the evidence pack flags the quarter. */
    public static final BigDecimal TARGET_ON_TIME = new BigDecimal("90");
    public static final BigDecimal TARGET_ECM = new BigDecimal("95");
    public static final BigDecimal TARGET_TURNOVER = new BigDecimal("30");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kpi_return_seq")
    @SequenceGenerator(name = "kpi_return_seq", sequenceName = "kpi_return_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @NotNull(message = "Financial year is required")
    @Min(value = 2000, message = "Financial year must be from 2000")
    @Max(value = 2100, message = "Financial year must be at most 2100")
    @Column(name = "financial_year", nullable = false)
    private Integer financialYear;

    @NotNull(message = "Quarter is required")
    @Min(value = 1, message = "Quarter must be 1 to 4")
    @Max(value = 4, message = "Quarter must be 1 to 4")
    @Column(nullable = false)
    private Integer quarter;

    @DecimalMin(value = "0", message = "Visits on time must be 0 to 100%")
    @DecimalMax(value = "100", message = "Visits on time must be 0 to 100%")
    @Digits(integer = 3, fraction = 2, message = "Visits on time takes at most 2 decimal places")
    @Column(name = "visits_on_time", precision = 5, scale = 2)
    private BigDecimal visitsOnTimePercent;

    @Min(value = 0, message = "Complaints cannot be negative")
    @Max(value = 9999, message = "Complaints must be at most 9999")
    @Column
    private Integer complaints;

    @DecimalMin(value = "0", message = "Staff turnover must be 0 to 100%")
    @DecimalMax(value = "100", message = "Staff turnover must be 0 to 100%")
    @Digits(integer = 3, fraction = 2, message = "Staff turnover takes at most 2 decimal places")
    @Column(name = "staff_turnover", precision = 5, scale = 2)
    private BigDecimal staffTurnoverPercent;

    @DecimalMin(value = "0", message = "Call monitoring compliance must be 0 to 100%")
    @DecimalMax(value = "100", message = "Call monitoring compliance must be 0 to 100%")
    @Digits(integer = 3, fraction = 2, message = "Call monitoring compliance takes at most 2 decimal places")
    @Column(name = "ecm_compliance", precision = 5, scale = 2)
    private BigDecimal ecmCompliancePercent;

    @Size(max = 1000, message = "Note must be at most 1000 characters")
    @Column(length = 1000)
    private String note;

    @Size(max = 60)
    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected KpiReturn() {
    }

    public KpiReturn(Contract contract, KpiDetails details, LocalDate today, String by, Instant at) {
        this.contract = Objects.requireNonNull(contract);
        if (contract.getKind() == ContractKind.MARKET) {
            throw new RuleViolation("KPIs are recorded against a provider's agreement or a call-off, not the market "
                    + contract.getReference() + " itself.");
        }
        this.financialYear = details.financialYear();
        this.quarter = details.quarter();
        apply(details, today, by, at);
    }

    /** Corrects the measures of the quarter (the quarter itself does not change). */
    public void change(KpiDetails details, LocalDate today, String by, Instant at) {
        if (!Objects.equals(details.financialYear(), financialYear) || !Objects.equals(details.quarter(), quarter)) {
            throw new RuleViolation("The quarter of a KPI return cannot change; record the other quarter instead.");
        }
        apply(details, today, by, at);
    }

    private void apply(KpiDetails d, LocalDate today, String by, Instant at) {
        this.visitsOnTimePercent = d.visitsOnTimePercent();
        this.complaints = d.complaints();
        this.staffTurnoverPercent = d.staffTurnoverPercent();
        this.ecmCompliancePercent = d.ecmCompliancePercent();
        this.note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
        if (visitsOnTimePercent == null && complaints == null && staffTurnoverPercent == null
                && ecmCompliancePercent == null) {
            throw new RuleViolation("Record at least one measure for the quarter.");
        }
        if (financialYear == null || quarter == null || quarter < 1 || quarter > 4 || financialYear < 2000
                || financialYear > 2100) {
            return; // Bean Validation names it
        }
        if (!quarterEnd().isBefore(today)) {
            throw new RuleViolation(label() + " has not ended yet (it ends on " + UkFormat.date(quarterEnd())
                    + "): record a quarter's figures once it is over.");
        }
        if (quarterEnd().isBefore(contract.getCommencement()) || quarterStart().isAfter(contract.getCurrentExpiry())) {
            throw new RuleViolation(label() + " (" + UkFormat.date(quarterStart()) + " to " + UkFormat.date(quarterEnd())
                    + ") is outside contract " + contract.getReference() + " (" + UkFormat.date(contract.getCommencement())
                    + " to " + UkFormat.date(contract.getCurrentExpiry()) + ").");
        }
    }

    /** Q1 of 2024/25 starts on 1 April 2024. */
    public LocalDate quarterStart() {
        return quarterStart(financialYear, quarter);
    }

    public static LocalDate quarterStart(int financialYear, int quarter) {
        return LocalDate.of(financialYear, 4, 1).plusMonths(3L * (quarter - 1));
    }

    public LocalDate quarterEnd() {
        return quarterStart().plusMonths(3).minusDays(1);
    }

    /** "2024/25 Q1" */
    public String label() {
        return label(financialYear, quarter);
    }

    public static String label(int financialYear, int quarter) {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100) + " Q" + quarter;
    }

    /** The measures below (or, for turnover, above) the specification's targets, named for the evidence. */
    public List<String> belowTarget() {
        var below = new ArrayList<String>();
        if (visitsOnTimePercent != null && visitsOnTimePercent.compareTo(TARGET_ON_TIME) < 0) {
            below.add("visits on time " + visitsOnTimePercent.stripTrailingZeros().toPlainString() + "% (target "
                    + TARGET_ON_TIME + "%)");
        }
        if (ecmCompliancePercent != null && ecmCompliancePercent.compareTo(TARGET_ECM) < 0) {
            below.add("call monitoring " + ecmCompliancePercent.stripTrailingZeros().toPlainString() + "% (target "
                    + TARGET_ECM + "%)");
        }
        if (staffTurnoverPercent != null && staffTurnoverPercent.compareTo(TARGET_TURNOVER) > 0) {
            below.add("staff turnover " + staffTurnoverPercent.stripTrailingZeros().toPlainString() + "% (at most "
                    + TARGET_TURNOVER + "%)");
        }
        return below;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Contract getContract() {
        return contract;
    }

    public Integer getFinancialYear() {
        return financialYear;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public BigDecimal getVisitsOnTimePercent() {
        return visitsOnTimePercent;
    }

    public Integer getComplaints() {
        return complaints;
    }

    public BigDecimal getStaffTurnoverPercent() {
        return staffTurnoverPercent;
    }

    public BigDecimal getEcmCompliancePercent() {
        return ecmCompliancePercent;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
