package uk.council.procurement.platform.workflow;

/** The figures at the top of the inbox. */
public record TaskCounts(long unassigned, long mine, long dueSoon, long overdue) {
}
