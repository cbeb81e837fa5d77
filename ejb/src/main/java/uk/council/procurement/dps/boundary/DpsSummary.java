package uk.council.procurement.dps.boundary;

import java.time.LocalDate;

import uk.council.procurement.dps.entity.DpsStatus;
import uk.council.procurement.dps.entity.Regime;

/** A row of the DPS list. */
public record DpsSummary(String reference, String title, Regime regime, String regimeLabel, DpsStatus status,
        String statusLabel, LocalDate termStart, LocalDate currentTermEnd, int lotCount, boolean acceptingApplications) {
}
