package uk.council.procurement.providers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.providers.entity.CqcRating;

class CqcRecordsTest {

    /** The sample record of CQC.md, in the API's published shape. */
    static final String ELTON_MANOR = """
            {"locationId": "1-101000004", "providerId": "1-100000003", "organisationType": "Location",
             "type": "Social Care Org", "name": "Elton Manor", "registrationStatus": "Registered",
             "registrationDate": "2015-06-01", "numberOfBeds": 42, "postalAddressLine1": "12 Elton Road",
             "postalAddressTownCity": "Bury", "region": "North West", "localAuthority": "Bury", "postalCode": "BL8 2RZ",
             "onspdLatitude": 53.5966, "onspdLongitude": -2.3241, "careHome": "Y",
             "gacServiceTypes": [{"name": "Residential homes", "description": "Care home service without nursing"}],
             "currentRatings": {"overall": {"rating": "Inadequate", "reportDate": "2026-08-05",
               "reportLinkId": "00000000-0000-0000-0000-000000000004",
               "keyQuestionRatings": [{"name": "Safe", "rating": "Inadequate", "reportDate": "2026-08-05"},
                 {"name": "Effective", "rating": "Requires improvement"}, {"name": "Caring", "rating": "Good"},
                 {"name": "Responsive", "rating": "Requires improvement"}, {"name": "Well-led", "rating": "Inadequate"}]},
               "reportDate": "2026-08-05"},
             "historicRatings": [{"reportDate": "2023-02-10", "overall": {"rating": "Requires improvement"}}]}
            """;

    static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void readsTheFieldsTheCouncilDecidesOn() {
        var record = CqcRecords.location(json(ELTON_MANOR));
        assertThat(record.locationId()).isEqualTo("1-101000004");
        assertThat(record.providerId()).isEqualTo("1-100000003");
        assertThat(record.rating()).isEqualTo(CqcRating.INADEQUATE);
        assertThat(record.ratingDate()).isEqualTo(LocalDate.of(2026, 8, 5));
        assertThat(record.registered()).isTrue();
        assertThat(record.careHome()).isTrue();
        assertThat(record.beds()).isEqualTo(42);
        assertThat(record.latitude()).isEqualByComparingTo(new BigDecimal("53.5966"));
        assertThat(record.longitude()).isEqualByComparingTo(new BigDecimal("-2.3241"));
        assertThat(record.serviceTypes()).containsExactly("Care home service without nursing");
        assertThat(record.keyQuestion("Safe")).isEqualTo(CqcRating.INADEQUATE);
        assertThat(record.keyQuestion("Caring")).isEqualTo(CqcRating.GOOD);
        assertThat(record.keyQuestion("Well-led")).isEqualTo(CqcRating.INADEQUATE);
    }

    @Test
    void aLocationWithoutAPublishedRatingIsUnrated() {
        var record = CqcRecords.location(json("""
                {"locationId": "1-101000020", "providerId": "1-100000004", "name": "New Home", "postalCode": "ST16 2AA",
                 "registrationStatus": "Registered", "currentRatings": {"overall": {"rating": "No published rating"}}}
                """));
        assertThat(record.rating()).isEqualTo(CqcRating.NOT_YET_RATED);
        assertThat(record.ratingDate()).isNull();
    }

    @Test
    void aDeregisteredLocationIsReadAsSuch() {
        var record = CqcRecords.location(json("""
                {"locationId": "1-101000007", "providerId": "1-100000004", "name": "Old Mill", "postalCode": "ST16 2AA",
                 "registrationStatus": "Deregistered", "deregistrationDate": "2025-03-31"}
                """));
        assertThat(record.registered()).isFalse();
        assertThat(record.deregistrationDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void malformedRecordsAreRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> CqcRecords.location(json("{\"locationId\": \"../../etc\", \"providerId\": \"1-100000004\"}")))
                .hasMessageContaining("not a CQC id");
        assertThatThrownBy(() -> CqcRecords.location(json("""
                {"locationId": "1-101000007", "providerId": "1-100000004", "name": "X", "postalCode": "ST16 2AA",
                 "registrationStatus": "Maybe"}""")))
                .hasMessageContaining("registrationStatus");
        assertThatThrownBy(() -> CqcRecords.location(json("""
                {"locationId": "1-101000007", "providerId": "1-100000004", "name": "X", "postalCode": "ST16 2AA",
                 "registrationStatus": "Registered", "currentRatings": {"overall": {"rating": "Good"}}}""")))
                .hasMessageContaining("without a reportDate");
        assertThatThrownBy(() -> CqcRecords.location(json("""
                {"locationId": "1-101000007", "providerId": "1-100000004", "name": "X", "postalCode": "ST16 2AA",
                 "registrationStatus": "Registered", "registrationDate": "31/12/2020"}""")))
                .hasMessageContaining("not a date");
    }

    @Test
    void outOfRangeNumbersAreDroppedNotStoredWrongly() {
        var record = CqcRecords.location(json("""
                {"locationId": "1-101000007", "providerId": "1-100000004", "name": "X", "postalCode": "ST16 2AA",
                 "registrationStatus": "Registered", "numberOfBeds": 4294967306, "onspdLatitude": 953.1,
                 "onspdLongitude": -2.1}"""));
        assertThat(record.beds()).isNull();
        assertThat(record.latitude()).isNull();
        assertThat(record.longitude()).isEqualByComparingTo("-2.1");
    }

    @Test
    void readsTheChangesFeedAndAProvidersLocations() {
        var page = CqcRecords.changes(json("{\"total\": 3, \"page\": 2, \"totalPages\": 3, \"changes\": "
                + "[\"1-101000004\", \"bad id\", \"1-101000001\"]}"));
        assertThat(page.locationIds()).containsExactly("1-101000004", "1-101000001");
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(CqcRecords.providerLocationIds(json("{\"providerId\": \"1-100000003\", \"locationIds\": [\"1-101000004\"]}")))
                .containsExactly("1-101000004");
    }
}
