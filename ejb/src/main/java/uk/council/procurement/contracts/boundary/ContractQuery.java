package uk.council.procurement.contracts.boundary;

/**
 * Which contracts to list: by kind, market, status (live, ended, not-started), text in the reference,
 * title or provider's name, and "decision due" (extendable, notice deadline within the next
 * {@code dueWithinMonths}), or "ending" (live, ending within {@code endingWithinMonths} with no extension
 * left or its notice passed); sorted by reference, expiry, notice, provider or commencement.
 */
public record ContractQuery(String kind, String dps, String status, String text, Integer dueWithinMonths,
        Integer endingWithinMonths, String sort, boolean descending, int first, int max) {

    public static ContractQuery firstPage() {
        return new ContractQuery(null, null, null, null, null, null, "notice", false, 0, 25);
    }
}
