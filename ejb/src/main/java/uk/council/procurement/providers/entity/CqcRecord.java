package uk.council.procurement.providers.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A location as the CQC register publishes it (API, changes feed or file import), reduced to what
 * the council decides on. Built by the CQC client from CQC's JSON; carries no database identity.
 *
 * @param keyQuestions ratings of the five key questions (Safe, Effective, Caring, Responsive,
 *                     Well-led) by CQC's name of the question
 */
public record CqcRecord(String locationId, String providerId, String name, String addressLine1, String town,
        String postcode, String localAuthority, BigDecimal latitude, BigDecimal longitude, boolean careHome,
        Integer beds, boolean registered, LocalDate registrationDate, LocalDate deregistrationDate,
        List<String> serviceTypes, CqcRating rating, LocalDate ratingDate, String reportLinkId,
        Map<String, CqcRating> keyQuestions) {

    public static final List<String> KEY_QUESTIONS = List.of("Safe", "Effective", "Caring", "Responsive", "Well-led");

    public CqcRecord {
        Objects.requireNonNull(locationId, "locationId");
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        keyQuestions = keyQuestions == null ? Map.of() : Map.copyOf(keyQuestions);
        rating = rating == null ? CqcRating.NOT_YET_RATED : rating;
        ratingDate = rating.isRated() ? ratingDate : null;
    }

    public CqcRating keyQuestion(String name) {
        return keyQuestions.getOrDefault(name, CqcRating.NOT_YET_RATED);
    }
}
