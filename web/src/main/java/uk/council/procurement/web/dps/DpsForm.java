package uk.council.procurement.web.dps;

import java.io.Serializable;
import java.time.LocalDate;

import uk.council.procurement.dps.boundary.DpsView;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.Regime;

/** What the DPS form edits. */
public class DpsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String reference;
    private String title;
    private String description;
    private Regime regime = Regime.PA_2023_DYNAMIC_MARKET;
    private LocalDate termStart;
    private LocalDate termEnd;
    private int extensionOptions;
    private int extensionMonths = 12;
    private int evaluationWorkingDays = Regime.PCR_EVALUATION_DAYS;
    private Integer extendedEvaluationWorkingDays = Regime.PCR_EXTENDED_EVALUATION_DAYS;

    static DpsForm of(DpsView d) {
        var f = new DpsForm();
        f.reference = d.reference();
        f.title = d.title();
        f.description = d.description();
        f.regime = d.regime();
        f.termStart = d.termStart();
        f.termEnd = d.termEnd();
        f.extensionOptions = d.extensionOptions();
        f.extensionMonths = d.extensionMonths();
        f.evaluationWorkingDays = d.evaluationWorkingDays();
        f.extendedEvaluationWorkingDays = d.extendedEvaluationWorkingDays();
        return f;
    }

    DpsDetails toDetails() {
        return new DpsDetails(reference, title, description, regime, termStart, termEnd, extensionOptions,
                extensionMonths, evaluationWorkingDays, extendedEvaluationWorkingDays);
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Regime getRegime() {
        return regime;
    }

    public void setRegime(Regime regime) {
        this.regime = regime;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public int getExtensionOptions() {
        return extensionOptions;
    }

    public void setExtensionOptions(int extensionOptions) {
        this.extensionOptions = extensionOptions;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public void setExtensionMonths(int extensionMonths) {
        this.extensionMonths = extensionMonths;
    }

    public int getEvaluationWorkingDays() {
        return evaluationWorkingDays;
    }

    public void setEvaluationWorkingDays(int evaluationWorkingDays) {
        this.evaluationWorkingDays = evaluationWorkingDays;
    }

    public Integer getExtendedEvaluationWorkingDays() {
        return extendedEvaluationWorkingDays;
    }

    public void setExtendedEvaluationWorkingDays(Integer extendedEvaluationWorkingDays) {
        this.extendedEvaluationWorkingDays = extendedEvaluationWorkingDays;
    }
}
