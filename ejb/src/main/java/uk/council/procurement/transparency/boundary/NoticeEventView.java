package uk.council.procurement.transparency.boundary;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.json.JsonObject;

/** A notice event as staff and the publication step read it, its facts as a JSON object. */
public record NoticeEventView(Long id, String kind, String noticeType, String regime, String dpsReference,
        String requirementReference, String contractReference, Instant occurredAt, LocalDate publishBy, JsonObject facts) {
}
