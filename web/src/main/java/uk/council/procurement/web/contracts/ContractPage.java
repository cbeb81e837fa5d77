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

    public String load() {
        contract = Messages.attempt(() -> contracts.find(ref), Map.of());
        if (contract == null) {
            return "/contracts/register?faces-redirect=true";
        }
        history = contracts.history(ref);
        fill();
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
                Map.entry("originalExpiry", FORM + ":expiry"), Map.entry("expiry", FORM + ":expiry"),
                Map.entry("terms.longestExtensionMonths", FORM + ":longestExtension"),
                Map.entry("terms.extensionsAllowed", FORM + ":extensionsAllowed"),
                Map.entry("terms.longestTotalMonths", FORM + ":longestTotal"),
                Map.entry("terms.noticeMonths", FORM + ":noticeMonths"), Map.entry("rate", FORM + ":rate"),
                Map.entry("annualSpend", FORM + ":annualSpend"), Map.entry("reason", FORM + ":reason")));
        if (saved == null) {
            return null;
        }
        Messages.info("Contract saved", saved.reference() + " was corrected; the change is in its history.");
        return "/contracts/contract?faces-redirect=true&ref=" + saved.reference();
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
}
