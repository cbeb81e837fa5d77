package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an officer says of a requirement when raising or changing it, with what providers must answer. */
public record RequirementDetails(String personReference, String needs, String postcode, LocalDate startDate,
        Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline, List<CriterionDetails> criteria,
        Integer maxDistanceKm, List<VisitDetails> schedule) {

    /** Without a weekly schedule of visits (which only care at home has). */
    public RequirementDetails(String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline, List<CriterionDetails> criteria,
            Integer maxDistanceKm) {
        this(personReference, needs, postcode, startDate, urgency, weeklyBudget, offerDeadline, criteria, maxDistanceKm,
                List.of());
    }

    /** A requirement sent to the whole lot, without a distance. */
    public RequirementDetails(String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline, List<CriterionDetails> criteria) {
        this(personReference, needs, postcode, startDate, urgency, weeklyBudget, offerDeadline, criteria, null);
    }

    /** A requirement that asks for price and start only. */
    public RequirementDetails(String personReference, String needs, String postcode, LocalDate startDate,
            Urgency urgency, BigDecimal weeklyBudget, Instant offerDeadline) {
        this(personReference, needs, postcode, startDate, urgency, weeklyBudget, offerDeadline, List.of(), null);
    }
}
