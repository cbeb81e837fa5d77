package uk.council.procurement.calloff.boundary;

import java.time.Instant;

import uk.council.procurement.calloff.entity.CapabilityLevel;
import uk.council.procurement.calloff.entity.CriterionKind;

/**
 * An answer to the criterion at the same position (its kind, text and weight repeated for display),
 * with the officer's mark for a question once marked.
 */
public record AnswerView(int position, CriterionKind kind, String kindLabel, String criterion, Integer weight,
        Boolean meets, CapabilityLevel capability, String capabilityLabel, String text,
        Integer mark, String markedBy, Instant markedAt) {
}
