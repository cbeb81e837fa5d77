package uk.council.procurement.calloff.boundary;

import uk.council.procurement.calloff.entity.CriterionKind;

/** One criterion of a requirement, at its position (answers refer to it by that position). */
public record CriterionView(int position, CriterionKind kind, String kindLabel, String text, Integer weight) {
}
