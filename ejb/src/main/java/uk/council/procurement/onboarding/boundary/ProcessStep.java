package uk.council.procurement.onboarding.boundary;

import java.time.Instant;

/** A step the application's process went through, or is at (no end). */
public record ProcessStep(String activityId, String name, String type, Instant started, Instant ended,
        String completedBy) {
}
