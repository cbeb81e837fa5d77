package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;

/** A lot a requirement can be raised in, with its call-off terms (default offer time, weighting, threshold). */
public record LotChoice(Long lotId, String dpsReference, String regimeLabel, String lotCode, String lotTitle,
        String careSettingLabel, int offerHours, int qualityWeight, BigDecimal approvalThreshold) {

    public String label() {
        return dpsReference + " · " + lotCode + " " + lotTitle;
    }
}
