package uk.council.procurement.dps.entity;

import java.time.LocalDate;

/** A market as an officer or the API describes it; validated on the {@link Dps}. */
public record DpsDetails(String reference, String title, String description, Regime regime, LocalDate termStart,
        LocalDate termEnd, int extensionOptions, int extensionMonths, int evaluationWorkingDays,
        Integer extendedEvaluationWorkingDays) {
}
