package uk.council.procurement.dps.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How long a market takes to decide a request to participate, in working days, and how far that
 * may be extended once with a recorded justification. Fixed by law for a PCR 2015 DPS (10, to 15);
 * the market's own setting for a dynamic market ("within a reasonable period").
 */
@Embeddable
public class EvaluationClock {

    @Min(value = 1, message = "Evaluation period must be at least 1 working day")
    @Max(value = 60, message = "Evaluation period must be at most 60 working days")
    @Column(name = "evaluation_working_days", nullable = false)
    private int workingDays;

    /** Null when the period cannot be extended. */
    @Min(value = 2, message = "Extended evaluation period must be at least 2 working days")
    @Max(value = 90, message = "Extended evaluation period must be at most 90 working days")
    @Column(name = "extended_evaluation_working_days")
    private Integer extendedWorkingDays;

    protected EvaluationClock() {
    }

    public EvaluationClock(int workingDays, Integer extendedWorkingDays) {
        this.workingDays = workingDays;
        this.extendedWorkingDays = extendedWorkingDays;
    }

    public static EvaluationClock pcr2015() {
        return new EvaluationClock(Regime.PCR_EVALUATION_DAYS, Regime.PCR_EXTENDED_EVALUATION_DAYS);
    }

    public int workingDays() {
        return workingDays;
    }

    public Integer extendedWorkingDays() {
        return extendedWorkingDays;
    }

    public boolean isExtendable() {
        return extendedWorkingDays != null;
    }

    @Override
    public String toString() {
        return workingDays + " working days" + (isExtendable() ? ", extendable to " + extendedWorkingDays : "");
    }
}
