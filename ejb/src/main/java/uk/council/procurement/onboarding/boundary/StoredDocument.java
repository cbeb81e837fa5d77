package uk.council.procurement.onboarding.boundary;

/** A document's file, for download. */
public record StoredDocument(String fileName, String contentType, byte[] content) {
}
