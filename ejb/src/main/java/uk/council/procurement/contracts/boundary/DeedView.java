package uk.council.procurement.contracts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deed of extension: the extension it effects, the document's digest (what a signature must name),
 * both signatures and, once sealed, whether the seal verifies against the sealed PDF.
 */
public record DeedView(String reference, long version, String status, String statusLabel, String contractReference,
        String dpsReference, String dpsTitle, Long providerId, String providerName, String reviewReference, int months,
        LocalDate oldExpiry, LocalDate newExpiry, LocalDate noticeGivenOn, LocalDate dueOn, boolean overdue,
        BigDecimal projectedCost, String variedTerms, int revision, String documentSha256, long documentSize,
        String createdBy, Instant createdAt, String revisedBy, Instant revisedAt, String providerSignatory,
        String providerSignedBy, Instant providerSignedAt, String providerSignedSha256, String refusedBy,
        Instant refusedAt, String refusalReason, String legalSignatory, String sealNumber, LocalDate sealedOn,
        String sealedBy, Instant sealedAt, String sealedSha256, String sealedFileSha256, String certificateSubject,
        Instant escalatedAt, List<Seal> seals) {

    /** One signature found in the sealed PDF, checked against its bytes. */
    public record Seal(boolean valid, boolean intact, boolean coversWholeFile, String signer, String reason,
            Instant signedAt, String subFilter) {
    }
}
