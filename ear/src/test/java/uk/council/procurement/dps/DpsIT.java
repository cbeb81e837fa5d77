package uk.council.procurement.dps;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.LocalDate;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/** Officers set up a market and its lots; providers see it once it opens. */
class DpsIT extends ServerTest {

    @Test
    void theSeedDpssAreThereWithTheirLots() {
        var staffordshire = get("officer", "dps/SCC-CH-DPS-2017").expect(200).json();
        assertThat(staffordshire.getString("termStart")).isEqualTo("2017-12-11");
        assertThat(staffordshire.getString("termEnd")).isEqualTo("2019-09-30");
        assertThat(staffordshire.getInt("extensionOptions")).isEqualTo(2);
        assertThat(staffordshire.getInt("extensionMonths")).isEqualTo(12);
        assertThat(staffordshire.getString("latestPossibleEnd")).isEqualTo("2021-09-30");
        assertThat(staffordshire.getJsonArray("lots")).hasSize(10);
        assertThat(staffordshire.getBoolean("acceptingApplications")).isFalse();
        var bury = get("officer", "dps/BURY-CAH-2021").expect(200).json();
        var lots = bury.getJsonArray("lots").stream().map(JsonObject.class::cast).toList();
        assertThat(lots).extracting(l -> l.getString("code")).containsExactlyInAnyOrder("1-BE", "1-BN", "1-BW", "1-PW", "1-WF", "2");
        var lot2 = lots.stream().filter(l -> "2".equals(l.getString("code"))).findFirst().orElseThrow();
        assertThat(lot2.getInt("maxProviders")).isEqualTo(15);
        assertThat(lot2.getString("minimumRating")).isEqualTo("GOOD");
        assertThat(lot2.getBoolean("admitInadequateSuspended")).isFalse();
    }

    @Test
    void anOfficerSetsUpOpensAndClosesADynamicMarket() {
        String ref = "DM-" + Api.unique().toUpperCase();
        var created = post("officer", "dps", """
                {"reference": "%s", "title": "Supported living dynamic market", "regime": "PA_2023_DYNAMIC_MARKET",
                 "termStart": "%s", "termEnd": "%s", "extensionOptions": 1, "extensionMonths": 24,
                 "evaluationWorkingDays": 20, "extendedEvaluationWorkingDays": null}
                """.formatted(ref, LocalDate.now(), LocalDate.now().plusYears(4)), null).expect(201);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        var open = post("officer", "dps/" + ref + "/open", null, created.etag()).expect(422).json();
        assertThat(open.getString("detail")).contains("at least one lot");

        var withLot = post("officer", "dps/" + ref + "/lots", """
                {"code": "sl1", "title": "Supported living - borough-wide", "careSetting": "CARE_AT_HOME",
                 "minimumRating": "GOOD", "admitInadequateSuspended": false}
                """, null).expect(201).json();
        var lot = withLot.getJsonArray("lots").getJsonObject(0);
        assertThat(lot.getString("code")).isEqualTo("SL1");
        post("officer", "dps/" + ref + "/lots", """
                {"code": "SL1", "title": "Duplicate", "careSetting": "CARE_AT_HOME", "minimumRating": "GOOD"}
                """, null).expect(422);
        var noCategory = post("officer", "dps/" + ref + "/lots", """
                {"code": "R9", "title": "Residential without category", "careSetting": "RESIDENTIAL", "minimumRating": "GOOD"}
                """, null).expect(400).json();
        assertThat(noCategory.getString("detail")).contains("care category");
        get(Fixtures.provider("GOOD").username(), "dps/" + ref).expect(404);

        var current = get("officer", "dps/" + ref);
        var opened = post("officer", "dps/" + ref + "/open", null, current.etag()).expect(200).json();
        assertThat(opened.getString("status")).isEqualTo("OPEN");
        assertThat(opened.getBoolean("acceptingApplications")).isTrue();
        assertThat(get(Fixtures.provider("GOOD").username(), "dps/" + ref).expect(200).json().getString("title"))
                .isEqualTo("Supported living dynamic market");

        // A dynamic market's conditions of membership cannot change during its term.
        long lotId = lot.getJsonNumber("id").longValue();
        var changed = put("officer", "dps/" + ref + "/lots/" + lotId, """
                {"code": "SL1", "title": "Supported living", "careSetting": "CARE_AT_HOME",
                 "minimumRating": "REQUIRES_IMPROVEMENT", "admitInadequateSuspended": false}
                """, String.valueOf(lot.getJsonNumber("version").longValue())).expect(422).json();
        assertThat(changed.getString("detail")).contains("cannot change during its term");
        put("officer", "dps/" + ref + "/lots/" + lotId, """
                {"code": "SL1", "title": "Supported living (all zones)", "careSetting": "CARE_AT_HOME",
                 "minimumRating": "GOOD", "admitInadequateSuspended": false}
                """, String.valueOf(lot.getJsonNumber("version").longValue())).expect(200);

        var beforeClose = get("officer", "dps/" + ref);
        post("officer", "dps/" + ref + "/close", "{\"reason\": \"\"}", beforeClose.etag()).expect(400);
        var closed = post("officer", "dps/" + ref + "/close", "{\"reason\": \"Replaced by a new market\"}",
                beforeClose.etag()).expect(200).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        post(Fixtures.provider("GOOD").username(), "applications", "{\"dpsReference\": \"" + ref + "\"}", null).expect(409);
    }
}
