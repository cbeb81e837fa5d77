package uk.council.procurement.dps.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.council.procurement.providers.entity.CqcRating;

class EligibilityPolicyTest {

    /** Staffordshire: an Inadequate home may join, suspended; call-offs from Requires improvement. */
    private final EligibilityPolicy staffordshire = new EligibilityPolicy(CqcRating.REQUIRES_IMPROVEMENT, true);
    /** Bury: new commissions only with Good or Outstanding; Inadequate not admitted. */
    private final EligibilityPolicy bury = new EligibilityPolicy(CqcRating.GOOD, false);

    @ParameterizedTest(name = "{0}: {1} on Staffordshire, {2} on Bury")
    @CsvSource({
            "OUTSTANDING,          ADMIT,           ADMIT",
            "GOOD,                 ADMIT,           ADMIT",
            "REQUIRES_IMPROVEMENT, ADMIT,           ADMIT",
            "INADEQUATE,           ADMIT_SUSPENDED, REJECT",
            "NOT_YET_RATED,        ADMIT,           ADMIT"
    })
    void suggestsAnOutcomeFromTheWorstRating(CqcRating worst, AdmissionOutcome onStaffordshire, AdmissionOutcome onBury) {
        assertThat(staffordshire.assess(worst).suggestion()).isEqualTo(onStaffordshire);
        assertThat(bury.assess(worst).suggestion()).isEqualTo(onBury);
    }

    @ParameterizedTest
    @CsvSource({"REQUIRES_IMPROVEMENT, Good", "NOT_YET_RATED, Good"})
    void admittedBelowTheMinimumMeansNoCallOffsAndSaysSo(CqcRating worst, String minimumLabel) {
        assertThat(bury.assess(worst).note()).contains("no call-offs until rated " + minimumLabel);
        assertThat(bury.allowsCallOffsFor(worst)).isFalse();
    }

    @ParameterizedTest(name = "{0} for {1} on a lot that {2} admit Inadequate as suspended: {3}")
    @CsvSource({
            "ADMIT,           INADEQUATE, true,  'can only be admitted as suspended'",
            "ADMIT,           INADEQUATE, false, 'cannot be admitted to this lot'",
            "ADMIT_SUSPENDED, INADEQUATE, false, 'does not admit providers as suspended'",
            "ADMIT_SUSPENDED, GOOD,       true,  'only a provider rated Inadequate'",
            "ADMIT_SUSPENDED, INADEQUATE, true,  ''",
            "ADMIT,           GOOD,       false, ''",
            "REJECT,          OUTSTANDING, true, ''",
            "REJECT,          INADEQUATE, false, ''"
    })
    void objectsToOutcomesThePolicyForbids(AdmissionOutcome outcome, CqcRating worst, boolean suspendedAllowed,
            String objection) {
        var policy = new EligibilityPolicy(CqcRating.GOOD, suspendedAllowed);
        if (objection.isEmpty()) {
            assertThat(policy.objectionTo(outcome, worst)).isEmpty();
        } else {
            assertThat(policy.objectionTo(outcome, worst)).get().asString().contains(objection);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "OUTSTANDING, true, true", "GOOD, true, true", "REQUIRES_IMPROVEMENT, true, false",
            "INADEQUATE, false, false", "NOT_YET_RATED, false, false"
    })
    void callOffsGoToLocationsRatedAtLeastTheMinimum(CqcRating rating, boolean onStaffordshire, boolean onBury) {
        assertThat(staffordshire.allowsCallOffsFor(rating)).isEqualTo(onStaffordshire);
        assertThat(bury.allowsCallOffsFor(rating)).isEqualTo(onBury);
    }
}
