package uk.council.procurement.providers.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqcRatingTest {

    @ParameterizedTest(name = "worse of {0} and {1} is {2}")
    @CsvSource({
            "GOOD, INADEQUATE, INADEQUATE", "OUTSTANDING, GOOD, GOOD", "REQUIRES_IMPROVEMENT, OUTSTANDING, REQUIRES_IMPROVEMENT",
            "NOT_YET_RATED, GOOD, GOOD", "INADEQUATE, NOT_YET_RATED, INADEQUATE", "NOT_YET_RATED, NOT_YET_RATED, NOT_YET_RATED"
    })
    void aRatingIsWorseThanNoRatingAndTheLowerOfTwoIsWorse(CqcRating a, CqcRating b, CqcRating worse) {
        assertThat(a.worseOf(b)).isEqualTo(worse);
        assertThat(b.worseOf(a)).isEqualTo(worse);
    }

    @ParameterizedTest
    @CsvSource({"OUTSTANDING, GOOD, true", "GOOD, GOOD, true", "REQUIRES_IMPROVEMENT, GOOD, false",
            "NOT_YET_RATED, INADEQUATE, false", "INADEQUATE, INADEQUATE, true"})
    void meetsAMinimumOnlyWhenRatedAtLeastThat(CqcRating rating, CqcRating minimum, boolean meets) {
        assertThat(rating.meets(minimum)).isEqualTo(meets);
    }

    @ParameterizedTest
    @CsvSource({"'bl90ej', 'BL9 0EJ'", "'m25 1aa', 'M25 1AA'", "' SW1A1AA ', 'SW1A 1AA'", "'nonsense', 'nonsense'"})
    void postcodesAreNormalised(String typed, String stored) {
        assertThat(Address.normalisePostcode(typed)).isEqualTo(stored);
    }
}
