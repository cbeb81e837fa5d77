package uk.council.procurement.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/** Admissions as their own capability: the lot cap, covered locations, and the eligibility question. */
class MembershipIT extends ServerTest {

    @Test
    void aFullLotTakesNoMoreProvidersAndSaysSo() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", true, 1);
        var first = Fixtures.provider("GOOD");
        var second = Fixtures.provider("GOOD");
        String secondRef = Fixtures.submitted(second, market, List.of("1"));
        Fixtures.admitted(first, market, Map.of("1", "ADMIT"));

        var refused = Fixtures.recommend("officer", secondRef, Map.of("1", "ADMIT")).expect(422).json();
        assertThat(refused.getString("detail")).isEqualTo("Lot 1 is full: it admits up to 1 providers and 1 are admitted.");
        assertThat(get("officer", "applications/" + secondRef).json().getString("status")).isEqualTo("UNDER_EVALUATION");
        // Rejecting stays possible.
        Fixtures.recommend("officer", secondRef, Map.of("1", "REJECT")).expect(200);
        long lot = Fixtures.lots("officer", market).get("1");
        assertThat(get("officer", "dps/" + market + "/lots/" + lot + "/admissions").expect(200).array()).hasSize(1);
    }

    @Test
    void eligibilityNeedsACoveredRegisteredLocationOfTheLotsServiceTypeNearEnough() {
        String market = Fixtures.openMarket("NURSING", "GOOD", false, null);
        var provider = Fixtures.provider("OUTSTANDING");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        long lot = Fixtures.lots("officer", market).get("1");
        String eligible = "dps/" + market + "/lots/" + lot + "/eligible-locations";
        assertThat(Fixtures.locationIds(get("officer", eligible).expect(200).array())).containsExactly(provider.locationId());

        // A second home listed after admission (residential only) is not covered; once covered it still
        // does not fit a nursing lot. A third, nursing, home far away is covered and found only without distance.
        String residential = Fixtures.cqcId(7, Api.unique());
        String farNursing = Fixtures.cqcId(8, Api.unique());
        CqcStub.location(residential, provider.cqcProviderId(), "Residential Annex", "Outstanding",
                LocalDate.now().minusMonths(1), 53.60, -2.31, CqcStub.RESIDENTIAL);
        CqcStub.location(farNursing, provider.cqcProviderId(), "Stafford Nursing", "Good",
                LocalDate.now().minusMonths(1), 52.80, -2.12, CqcStub.NURSING);
        post(provider.username(), "providers/" + provider.id() + "/locations", "{\"locationId\": \"" + residential + "\"}",
                null).expect(201);
        post(provider.username(), "providers/" + provider.id() + "/locations", "{\"locationId\": \"" + farNursing + "\"}",
                null).expect(201);
        assertThat(Fixtures.locationIds(get("officer", eligible).expect(200).array())).containsExactly(provider.locationId());

        var admission = get("officer", "dps/" + market + "/lots/" + lot + "/admissions").expect(200).array().getJsonObject(0);
        long id = admission.getJsonNumber("id").longValue();
        var current = get("officer", "admissions/" + id).expect(200);
        post(provider.username(), "admissions/" + id + "/locations", "{\"locationId\": \"" + farNursing + "\"}",
                current.etag()).expect(403);
        var covered = post("officer", "admissions/" + id + "/locations", "{\"locationId\": \"" + residential + "\"}",
                current.etag()).expect(200);
        post("officer", "admissions/" + id + "/locations", "{\"locationId\": \"" + farNursing + "\"}", current.etag())
                .expect(412);
        post("officer", "admissions/" + id + "/locations", "{\"locationId\": \"" + farNursing + "\"}", covered.etag())
                .expect(200);
        assertThat(Fixtures.locationIds(get("officer", eligible).expect(200).array()))
                .containsExactlyInAnyOrder(provider.locationId(), farNursing);

        // Within 20 km of Bury: the Staffordshire home is out; within 200 km it is in.
        assertThat(Fixtures.locationIds(get("officer", eligible + "?lat=53.59&lon=-2.30&km=20").expect(200).array()))
                .containsExactly(provider.locationId());
        assertThat(Fixtures.locationIds(get("officer", eligible + "?lat=53.59&lon=-2.30&km=200").expect(200).array()))
                .containsExactlyInAnyOrder(provider.locationId(), farNursing);
        get("officer", eligible + "?lat=53.59&lon=-2.30").expect(400);
        get("officer", eligible + "?lat=93&lon=-2.30&km=5").expect(400);
        get("officer", eligible + "?lat=53.59&lon=-2.30&km=100000").expect(400);
        get(provider.username(), eligible).expect(403);
    }

    @Test
    void theAuditRecordsTheRoleActedInForAUserWhoIsOfficerAndLead() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R1"));
        Fixtures.recommend("officer", ref, Map.of("R1", "ADMIT")).expect(200);
        Fixtures.approve("chris", ref).expect(200);
        var history = get("officer", "applications/" + ref + "/history").expect(200).array();
        var approved = history.stream().map(JsonObject.class::cast).filter(e -> e.getString("action").equals("APPROVED"))
                .findFirst().orElseThrow();
        assertThat(approved.getString("actor")).isEqualTo("chris");
        assertThat(approved.getString("actorRole")).isEqualTo("commissioning-lead");

        var other = Fixtures.provider("GOOD");
        String otherRef = Fixtures.submitted(other, Fixtures.OPEN_DPS, List.of("R1"));
        Fixtures.recommend("chris", otherRef, Map.of("R1", "ADMIT")).expect(200);
        var recommended = get("officer", "applications/" + otherRef + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("action").equals("RECOMMENDED")).findFirst().orElseThrow();
        assertThat(recommended.getString("actorRole")).isEqualTo("procurement-officer");
    }
}
