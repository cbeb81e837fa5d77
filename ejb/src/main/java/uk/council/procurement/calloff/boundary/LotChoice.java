package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;

/**
 * A lot a requirement can be raised in, with its call-off terms (default offer time, weighting,
 * threshold); care home lots can limit a requirement by distance.
 */
public record LotChoice(Long lotId, String dpsReference, String regimeLabel, String lotCode, String lotTitle,
        String careSettingLabel, int offerHours, int qualityWeight, BigDecimal approvalThreshold,
        boolean careHome) {

    public String label() {
        return dpsReference + " · " + lotCode + " " + lotTitle;
    }
}
