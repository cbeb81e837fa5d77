package uk.council.procurement.calloff.entity;

/**
 * A provider's answer to one criterion, in the requirement's order: {@code meets} for a must-have,
 * {@code capability} for a capability, {@code text} for an outcome question.
 */
public record AnswerDetails(Boolean meets, CapabilityLevel capability, String text) {
}
