package uk.council.procurement.web.contracts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import uk.council.procurement.audit.boundary.HistoryEntry;
import uk.council.procurement.contracts.boundary.ContractView;
import uk.council.procurement.contracts.boundary.Contracts;
import uk.council.procurement.contracts.boundary.ExtensionCheck;
import uk.council.procurement.contracts.boundary.KpiView;
import uk.council.procurement.contracts.boundary.Kpis;
import uk.council.procurement.contracts.entity.ContractDetails;
import uk.council.procurement.contracts.entity.RateUnit;
import uk.council.procurement.web.faces.Messages;

/**
 * One contract (contracts/contract.xhtml?ref=): its term, options to extend and history; officers
 * correct its entry; staff try an extension against the terms and see what it would cost.
 */
@Named
@ViewScoped
public class ContractPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "termsForm";

    @EJB
    transient Contracts contracts;

    @EJB
    transient Kpis kpis;

    private String ref;
    private ContractView contract;
    private List<HistoryEntry> history = List.of();

    // correcting the entry
    private String title;
    private LocalDate commencement;
    private LocalDate expiry;
    private Integer longestExtensionMonths;
    private Integer extensionsAllowed;
    private Integer longestTotalMonths;
    private Integer noticeMonths;
    private BigDecimal rate;
    private RateUnit rateUnit;
    private BigDecimal annualSpend;
    private String reason;

    // trying an extension
    private Integer months;
    private LocalDate notifiedOn;
    private BigDecimal uplift;
    private ExtensionCheck check;

    // key performance indicators
    private List<KpiView> kpiRows = List.of();
    private Long kpiId;
    private long kpiVersion;
    private Integer kpiYear;
    private Integer kpiQuarter;
    private BigDecimal onTime;
    private Integer complaints;
    private BigDecimal turnover;
    private BigDecimal ecm;
    private String kpiNote;
    private String kpiReason;

    public String load() {
        contract = Messages.attempt(() -> contracts.find(ref), Map.of());
        if (contract == null) {
            return "/contracts/register?faces-redirect=true";
        }
        history = contracts.history(ref);
        kpiRows = kpis.list(ref);
        fill();
        newKpi();
        if (months == null && contract.longestNextExtensionMonths() > 0) {
            months = Math.min(12, contract.longestNextExtensionMonths());
        }
        return null;
    }

    private void fill() {
        title = contract.title();
        commencement = contract.commencement();
        expiry = contract.originalExpiry();
        longestExtensionMonths = contract.longestExtensionMonths();
        extensionsAllowed = contract.extensionsAllowed();
        longestTotalMonths = contract.longestTotalMonths();
        noticeMonths = contract.noticeMonths();
        rate = contract.rate();
        rateUnit = contract.rateUnit() == null ? null : RateUnit.valueOf(contract.rateUnit());
        annualSpend = contract.annualSpend();
        reason = null;
    }

    public String save() {
        var details = new ContractDetails(title, commencement, expiry, longestExtensionMonths, extensionsAllowed,
                longestTotalMonths, noticeMonths, rate, rateUnit, annualSpend);
        var saved = Messages.attempt(() -> contracts.change(ref, contract.version(), details, reason), Map.ofEntries(
                Map.entry("title", FORM + ":title"), Map.entry("commencement", FORM + ":commencement"),
                Map.entry("expiry", FORM + ":expiry"),
                Map.entry("longestExtensionMonths", FORM + ":longestExtension"),
                Map.entry("extensionsAllowed", FORM + ":extensionsAllowed"),
                Map.entry("longestTotalMonths", FORM + ":longestTotal"),
                Map.entry("noticeMonths", FORM + ":noticeMonths"), Map.entry("rate", FORM + ":rate"),
                Map.entry("annualSpend", FORM + ":annualSpend"), Map.entry("reason", FORM + ":reason")));
        if (saved == null) {
            return null;
        }
        Messages.info("Contract saved", saved.reference() + " was corrected; the change is in its history.");
        return "/contracts/contract?faces-redirect=true&ref=" + saved.reference();
    }

    /** Empties the KPI form for the last quarter that has ended. */
    public void newKpi() {
        LocalDate lastQuarter = LocalDate.now(uk.council.procurement.platform.Clocks.UK).minusMonths(3);
        kpiYear = lastQuarter.getMonthValue() >= 4 ? lastQuarter.getYear() : lastQuarter.getYear() - 1;
        kpiQuarter = (lastQuarter.getMonthValue() + 8) % 12 / 3 + 1;
        kpiId = null;
        onTime = null;
        complaints = null;
        turnover = null;
        ecm = null;
        kpiNote = null;
        kpiReason = null;
    }

    /** Fills the KPI form with a recorded quarter, to correct it. */
    public void editKpi(KpiView row) {
        kpiId = row.id();
        kpiVersion = row.version();
        kpiYear = row.financialYear();
        kpiQuarter = row.quarter();
        onTime = row.visitsOnTimePercent();
        complaints = row.complaints();
        turnover = row.staffTurnoverPercent();
        ecm = row.ecmCompliancePercent();
        kpiNote = row.note();
        kpiReason = null;
    }

    public String saveKpi() {
        var details = new uk.council.procurement.contracts.entity.KpiDetails(kpiYear, kpiQuarter, onTime, complaints,
                turnover, ecm, kpiNote);
        var fields = Map.of("financialYear", "kpiForm:kpiYear", "quarter", "kpiForm:kpiQuarter",
                "visitsOnTimePercent", "kpiForm:onTime", "complaints", "kpiForm:complaints",
                "staffTurnoverPercent", "kpiForm:turnover", "ecmCompliancePercent", "kpiForm:ecm",
                "note", "kpiForm:kpiNote", "reason", "kpiForm:kpiReason");
        var saved = kpiId == null ? Messages.attempt(() -> kpis.record(ref, details), fields)
                : Messages.attempt(() -> kpis.change(ref, kpiId, kpiVersion, details, kpiReason), fields);
        if (saved == null) {
            return null;
        }
        Messages.info("KPIs saved", saved.label() + " of " + saved.contractReference() + " was saved.");
        return "/contracts/contract?faces-redirect=true&ref=" + saved.contractReference();
    }

    /** Financial years a quarter can be recorded for: from the contract's commencement to this year. */
    public List<Integer> getKpiYears() {
        int last = LocalDate.now(uk.council.procurement.platform.Clocks.UK).minusMonths(3).getYear();
        int first = contract == null ? last : Math.max(2000, contract.commencement().minusMonths(3).getYear());
        var years = new java.util.ArrayList<Integer>();
        for (int y = last; y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    public String yearLabel(Integer year) {
        return year == null ? "" : year + "/" + String.format("%02d", (year + 1) % 100);
    }

    public void tryExtension() {
        check = Messages.attempt(() -> contracts.checkExtension(ref, months, notifiedOn, uplift),
                Map.of("months", "extensionForm:months"));
    }

    public RateUnit[] getRateUnits() {
        return RateUnit.values();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ContractView getContract() {
        return contract;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getCommencement() {
        return commencement;
    }

    public void setCommencement(LocalDate commencement) {
        this.commencement = commencement;
    }

    public LocalDate getExpiry() {
        return expiry;
    }

    public void setExpiry(LocalDate expiry) {
        this.expiry = expiry;
    }

    public Integer getLongestExtensionMonths() {
        return longestExtensionMonths;
    }

    public void setLongestExtensionMonths(Integer longestExtensionMonths) {
        this.longestExtensionMonths = longestExtensionMonths;
    }

    public Integer getExtensionsAllowed() {
        return extensionsAllowed;
    }

    public void setExtensionsAllowed(Integer extensionsAllowed) {
        this.extensionsAllowed = extensionsAllowed;
    }

    public Integer getLongestTotalMonths() {
        return longestTotalMonths;
    }

    public void setLongestTotalMonths(Integer longestTotalMonths) {
        this.longestTotalMonths = longestTotalMonths;
    }

    public Integer getNoticeMonths() {
        return noticeMonths;
    }

    public void setNoticeMonths(Integer noticeMonths) {
        this.noticeMonths = noticeMonths;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public RateUnit getRateUnit() {
        return rateUnit;
    }

    public void setRateUnit(RateUnit rateUnit) {
        this.rateUnit = rateUnit;
    }

    public BigDecimal getAnnualSpend() {
        return annualSpend;
    }

    public void setAnnualSpend(BigDecimal annualSpend) {
        this.annualSpend = annualSpend;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMonths() {
        return months;
    }

    public void setMonths(Integer months) {
        this.months = months;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public void setNotifiedOn(LocalDate notifiedOn) {
        this.notifiedOn = notifiedOn;
    }

    public BigDecimal getUplift() {
        return uplift;
    }

    public void setUplift(BigDecimal uplift) {
        this.uplift = uplift;
    }

    public ExtensionCheck getCheck() {
        return check;
    }

    public List<KpiView> getKpiRows() {
        return kpiRows;
    }

    public boolean isEditingKpi() {
        return kpiId != null;
    }

    public Integer getKpiYear() {
        return kpiYear;
    }

    public void setKpiYear(Integer kpiYear) {
        this.kpiYear = kpiYear;
    }

    public Integer getKpiQuarter() {
        return kpiQuarter;
    }

    public void setKpiQuarter(Integer kpiQuarter) {
        this.kpiQuarter = kpiQuarter;
    }

    public BigDecimal getOnTime() {
        return onTime;
    }

    public void setOnTime(BigDecimal onTime) {
        this.onTime = onTime;
    }

    public Integer getComplaints() {
        return complaints;
    }

    public void setComplaints(Integer complaints) {
        this.complaints = complaints;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public void setTurnover(BigDecimal turnover) {
        this.turnover = turnover;
    }

    public BigDecimal getEcm() {
        return ecm;
    }

    public void setEcm(BigDecimal ecm) {
        this.ecm = ecm;
    }

    public String getKpiNote() {
        return kpiNote;
    }

    public void setKpiNote(String kpiNote) {
        this.kpiNote = kpiNote;
    }

    public String getKpiReason() {
        return kpiReason;
    }

    public void setKpiReason(String kpiReason) {
        this.kpiReason = kpiReason;
    }
}
