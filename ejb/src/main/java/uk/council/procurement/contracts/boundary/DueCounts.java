package uk.council.procurement.contracts.boundary;

import java.time.LocalDate;

/**
 * What needs a decision soon, up to {@code horizon}: live contracts whose notice deadline to extend falls
 * in the window, and live contracts that end in it with no extension left (or its notice passed).
 */
public record DueCounts(int months, LocalDate horizon, long decisionsDue, long endingWithoutExtension) {
}
