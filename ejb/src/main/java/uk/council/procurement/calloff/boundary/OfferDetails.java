package uk.council.procurement.calloff.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.calloff.entity.AnswerDetails;

/**
 * A provider's offer: weekly price in pounds and pence, earliest start, an optional note, and one
 * answer per criterion of the requirement, in its order.
 */
public record OfferDetails(BigDecimal weeklyPrice, LocalDate earliestStart, String note, List<AnswerDetails> answers) {
}
