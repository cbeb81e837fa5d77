package uk.council.procurement.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import uk.council.procurement.platform.InvalidInput.FieldError;

class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Inner(Colour colour, String note) {
    }

    record Body(String name, int days, Integer optionalDays, long id, boolean flag, Boolean maybe, BigDecimal amount,
            LocalDate on, Instant at, List<Long> ids, List<Inner> inners, Inner inner) {
    }

    private static List<FieldError> check(String json) {
        return StrictJson.check(Json.createReader(new StringReader(json)).readValue(), Body.class);
    }

    @Test
    void aWellTypedBodyPasses() {
        assertThat(check("""
                {"name": "x", "days": 10, "optionalDays": null, "id": 9007199254740993, "flag": true, "maybe": false,
                 "amount": 1250000.50, "on": "2024-02-29", "at": "2026-03-01T09:30:00Z", "ids": [1, 2],
                 "inners": [{"colour": "RED", "note": "n"}], "inner": {"colour": "GREEN"}}
                """)).isEmpty();
        assertThat(check("{}")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"days\": 4294967306}                   | days",
            "{\"days\": 1.5}                          | days",
            "{\"days\": \"10\"}                       | days",
            "{\"days\": null}                         | days",
            "{\"optionalDays\": -99999999999999999999} | optionalDays",
            "{\"id\": 1e30}                           | id",
            "{\"flag\": \"yes\"}                      | flag",
            "{\"maybe\": 1}                           | maybe",
            "{\"maybe\": \"true\"}                    | maybe",
            "{\"name\": 12345}                        | name",
            "{\"name\": {}}                           | name",
            "{\"amount\": \"abc\"}                    | amount",
            "{\"amount\": 1e400}                      | amount",
            "{\"amount\": 0.123456789}                | amount",
            "{\"on\": \"31/02/2025\"}                 | on",
            "{\"on\": \"2025-02-31\"}                 | on",
            "{\"on\": \"2025-02-29\"}                 | on",
            "{\"on\": \"+999999999-12-31\"}           | on",
            "{\"at\": \"yesterday\"}                  | at",
            "{\"ids\": \"1,2\"}                       | ids",
            "{\"ids\": [1, \"two\"]}                  | ids[1]",
            "{\"inners\": [{\"colour\": \"BLUE\"}]}   | inners[0].colour",
            "{\"inner\": {\"colour\": \"red\"}}       | inner.colour",
            "{\"inner\": []}                          | inner",
            "{\"unexpectedField\": 1}                 | unexpectedField",
            "{\"inner\": {\"extra\": true}}           | inner.extra"})
    void aBadValueIsRefusedNamingItsField(String json, String field) {
        assertThat(check(json)).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void aListLongerThanTheLimitIsRefused() {
        String ids = "[" + "1,".repeat(StrictJson.MAX_ITEMS) + "1]";
        assertThat(check("{\"ids\": " + ids + "}")).extracting(FieldError::field).containsExactly("ids");
    }

    @Test
    void theBodyMustBeAnObject() {
        assertThat(check("[1]")).extracting(FieldError::message).containsExactly("must be an object, in { }");
    }

    @Test
    void parametersConvertStrictly() {
        assertThat(StrictParameters.whole("first", " 12 ", 0, 100)).isEqualTo(12);
        assertThat(StrictParameters.yesNo("overdue", "true")).isTrue();
        for (String bad : new String[] {"abc", "1.5", "99999999999999999999", "", "12a"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictParameters.whole("first", bad, 0, 100))
                    .hasMessageStartingWith("first: must be a whole number");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictParameters.whole("first", "101", 0, 100))
                .hasMessage("first: must be a whole number from 0 to 100");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictParameters.yesNo("overdue", "yes"))
                .hasMessage("overdue: must be true or false");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StrictParameters.decimal("lat", "1e5"))
                .hasMessageStartingWith("lat: must be a decimal number");
    }
}
