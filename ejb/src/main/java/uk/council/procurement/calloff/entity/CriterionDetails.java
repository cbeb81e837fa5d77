package uk.council.procurement.calloff.entity;

/** One criterion as an officer writes it: a must-have (no weight), a capability or a question (weight 1 to 100). */
public record CriterionDetails(CriterionKind kind, String text, Integer weight) {
}
