package uk.council.procurement.calloff.boundary;

import java.time.Instant;
import java.util.List;

/** A lot's reusable criteria, as staff see them. */
public record TemplateView(Long id, long version, Long lotId, String dpsReference, String lotCode, String lotTitle,
        String name, List<CriterionView> criteria, String changedBy, Instant changedAt) {

    public String lotLabel() {
        return dpsReference + " · " + lotCode + " " + lotTitle;
    }
}
