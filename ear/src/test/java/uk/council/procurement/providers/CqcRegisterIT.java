package uk.council.procurement.providers;

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

/**
 * Ratings come from the CQC register (over HTTP, from the stub), never from the provider; a rating
 * that changes applies each lot's policy at once, and keeps its history.
 */
class CqcRegisterIT extends ServerTest {

    @Test
    void aProviderCannotTypeARatingNorClaimSomeoneElsesLocation() {
        var provider = Fixtures.provider("INADEQUATE");
        var other = Fixtures.provider("OUTSTANDING");
        String path = "providers/" + provider.id() + "/locations/" + provider.locationId();

        // The old way of setting a rating is gone, and the evidence route is the quality team's.
        Api.put(provider.username(), path + "/rating", "{\"rating\": \"OUTSTANDING\", \"ratingDate\": \"2026-01-01\"}", null)
                .expect(404);
        post(provider.username(), path + "/evidence", """
                {"rating": "OUTSTANDING", "ratingDate": "%s", "reference": "self", "reason": "We think we are great"}
                """.formatted(LocalDate.now()), null).expect(403);

        // A location CQC lists under another provider, one another organisation holds, one CQC does not know.
        String elsewhere = Fixtures.cqcId(6, Api.unique());
        CqcStub.location(elsewhere, other.cqcProviderId(), "Somebody else's home", "Outstanding",
                LocalDate.now().minusMonths(2), 53.6, -2.3, CqcStub.RESIDENTIAL);
        var claimed = post(provider.username(), "providers/" + provider.id() + "/locations",
                "{\"locationId\": \"" + elsewhere + "\"}", null).expect(422).json();
        assertThat(claimed.getString("detail")).contains("under another provider");
        assertThat(post(provider.username(), "providers/" + provider.id() + "/locations",
                "{\"locationId\": \"" + other.locationId() + "\"}", null).expect(422).json().getString("detail"))
                .contains("already held by another organisation");
        var unknown = post(provider.username(), "providers/" + provider.id() + "/locations",
                "{\"locationId\": \"1-999999998\"}", null).expect(400).json();
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("message")).contains("CQC does not know");
        post(provider.username(), "providers/" + provider.id() + "/locations", "{\"locationId\": \"../../admin\"}", null)
                .expect(400);
        // Nor can it take another organisation's CQC provider id.
        var me = get(provider.username(), "providers/me").expect(200);
        var taken = Api.put(provider.username(), "providers/" + provider.id(), organisation(me.json(), other.cqcProviderId()),
                me.etag()).expect(400).json();
        assertThat(taken.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cqcProviderId");

        var locations = get(provider.username(), "providers/me").expect(200).json().getJsonArray("locations");
        assertThat(locations).hasSize(1);
        assertThat(locations.getJsonObject(0).getString("rating")).isEqualTo("INADEQUATE");
        assertThat(locations.getJsonObject(0).getString("ratingSource")).isEqualTo("CQC_SYNC");
    }

    @Test
    void aSyncThatDropsARatingSuspendsTheAdmissionAndALeadLiftsIt() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", true, null);
        var provider = Fixtures.provider("GOOD");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        long lot = Fixtures.lots("officer", market).get("1");
        String eligiblePath = "dps/" + market + "/lots/" + lot + "/eligible-locations";
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).containsExactly(provider.locationId());

        // CQC publishes an Inadequate rating; the daily sync (here: sync now) picks it up.
        LocalDate inspected = LocalDate.now().minusDays(3);
        CqcStub.location(provider.locationId(), provider.cqcProviderId(), provider.name() + " House", "Inadequate",
                inspected, 53.59, -2.30, CqcStub.RESIDENTIAL, CqcStub.NURSING);
        CqcStub.changed(provider.locationId());
        try {
            var report = post("quality", "cqc/sync", null, null).expect(200).json();
            assertThat(report.getBoolean("complete")).isTrue();
            assertThat(report.getInt("updated")).isGreaterThanOrEqualTo(1);
        } finally {
            CqcStub.changed();
        }
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).isEmpty();
        var admission = get(provider.username(), "providers/" + provider.id() + "/admissions").expect(200).array()
                .getJsonObject(0);
        assertThat(admission.getString("status")).isEqualTo("SUSPENDED");
        assertThat(admission.getString("suspensionReason")).contains("rated Inadequate on "
                + inspected.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(admission.getBoolean("liftingNeedsLead")).isTrue();
        var ratings = get("quality", "providers/" + provider.id() + "/locations/" + provider.locationId() + "/ratings")
                .expect(200).array();
        assertThat(ratings.stream().map(JsonObject.class::cast).map(r -> r.getString("rating")))
                .containsExactly("INADEQUATE", "GOOD");

        // A better rating does not lift the suspension by itself; an officer cannot, a lead can.
        CqcStub.location(provider.locationId(), provider.cqcProviderId(), provider.name() + " House", "Good",
                LocalDate.now().minusDays(1), 53.59, -2.30, CqcStub.RESIDENTIAL, CqcStub.NURSING);
        post("officer", "providers/" + provider.id() + "/locations/" + provider.locationId() + "/refresh", null, null)
                .expect(200);
        long id = admission.getJsonNumber("id").longValue();
        var current = get("officer", "admissions/" + id).expect(200);
        assertThat(current.json().getString("status")).isEqualTo("SUSPENDED");
        post("officer", "admissions/" + id + "/lifting", "{\"reason\": \"Re-inspected and rated Good\"}", current.etag())
                .expect(422);
        post("lead", "admissions/" + id + "/lifting", "{\"reason\": \"short\"}", current.etag()).expect(400);
        post(provider.username(), "admissions/" + id + "/lifting", "{\"reason\": \"Re-inspected and rated Good\"}",
                current.etag()).expect(403);
        var lifted = post("lead", "admissions/" + id + "/lifting", "{\"reason\": \"Re-inspected and rated Good\"}",
                current.etag()).expect(200).json();
        assertThat(lifted.getString("status")).isEqualTo("ACTIVE");
        post("lead", "admissions/" + id + "/lifting", "{\"reason\": \"Re-inspected and rated Good\"}", current.etag())
                .expect(412); // the ETag read before the lifting is stale
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).containsExactly(provider.locationId());
        var history = get("officer", "admissions/" + id + "/history").expect(200).array();
        assertThat(history.stream().map(JsonObject.class::cast).map(e -> e.getString("action")))
                .containsSubsequence("SUSPENDED", "SUSPENSION_LIFTED");
        var liftEvent = history.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("SUSPENSION_LIFTED")).findFirst().orElseThrow();
        assertThat(liftEvent.getString("actor")).isEqualTo("lead");
        assertThat(liftEvent.getString("actorRole")).isEqualTo("commissioning-lead");
        assertThat(liftEvent.getString("reason")).isEqualTo("Re-inspected and rated Good");
    }

    @Test
    void aQualityOfficersEvidenceAppliesAtOnceAndCqcsNextRatingSupersedesIt() {
        String market = Fixtures.openMarket("NURSING", "GOOD", false, null);
        var provider = Fixtures.provider("GOOD");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        long lot = Fixtures.lots("officer", market).get("1");
        String eligiblePath = "dps/" + market + "/lots/" + lot + "/eligible-locations";
        String location = "providers/" + provider.id() + "/locations/" + provider.locationId();
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).hasSize(1);

        post("quality", location + "/evidence", """
                {"rating": "REQUIRES_IMPROVEMENT", "ratingDate": "%s", "reference": "Draft report DR-17",
                 "reason": "Draft report after the inspection last week"}
                """.formatted(LocalDate.now().plusDays(1)), null).expect(400);
        post("officer", location + "/evidence", """
                {"rating": "REQUIRES_IMPROVEMENT", "ratingDate": "%s", "reference": "Draft report DR-17",
                 "reason": "Draft report after the inspection last week"}
                """.formatted(LocalDate.now()), null).expect(403);
        var rated = post("quality", location + "/evidence", """
                {"rating": "REQUIRES_IMPROVEMENT", "ratingDate": "%s", "reference": "Draft report DR-17",
                 "reason": "Draft report after the inspection last week"}
                """.formatted(LocalDate.now()), null).expect(200).json();
        var held = rated.getJsonArray("locations").getJsonObject(0);
        assertThat(held.getString("rating")).isEqualTo("REQUIRES_IMPROVEMENT");
        assertThat(held.getString("ratingSource")).isEqualTo("QUALITY_OFFICER");
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).as("below the lot's Good").isEmpty();

        // A refresh that finds CQC's old rating keeps the evidence; CQC's newer report supersedes it.
        post("quality", location + "/refresh", null, null).expect(200);
        assertThat(get("quality", "providers/" + provider.id()).json().getJsonArray("locations").getJsonObject(0)
                .getString("ratingSource")).isEqualTo("QUALITY_OFFICER");
        CqcStub.location(provider.locationId(), provider.cqcProviderId(), provider.name() + " House", "Good",
                LocalDate.now(), 53.59, -2.30, CqcStub.RESIDENTIAL, CqcStub.NURSING);
        var refreshed = post("quality", location + "/refresh", null, null).expect(200).json()
                .getJsonArray("locations").getJsonObject(0);
        assertThat(refreshed.getString("rating")).isEqualTo("GOOD");
        assertThat(refreshed.getString("ratingSource")).isEqualTo("CQC_SYNC");
        assertThat(Fixtures.locationIds(get("officer", eligiblePath).expect(200).array())).hasSize(1);
        var ratings = get(provider.username(), location + "/ratings").expect(200).array();
        assertThat(ratings.stream().map(JsonObject.class::cast).map(r -> r.getString("source")))
                .containsExactly("CQC_SYNC", "QUALITY_OFFICER", "CQC_SYNC");
        assertThat(ratings.getJsonObject(1).getString("recordedBy")).isEqualTo("quality");
        assertThat(ratings.getJsonObject(1).getString("reference")).isEqualTo("Draft report DR-17");
    }

    @Test
    void aMalformedImportFileChangesNothingAndAGoodOneReportsEveryRecord() {
        var provider = Fixtures.provider("GOOD");
        String good = """
                {"locationId": "%s", "providerId": "%s", "name": "Renamed House", "postalCode": "BL9 0EJ",
                 "registrationStatus": "Registered", "gacServiceTypes": [{"description": "Care home service with nursing"}],
                 "currentRatings": {"overall": {"rating": "Outstanding", "reportDate": "%s"}}}
                """.formatted(provider.locationId(), provider.cqcProviderId(), LocalDate.now().minusDays(2));
        String notHeld = """
                {"locationId": "1-109999999", "providerId": "1-100000009", "name": "Nobody's House", "postalCode": "BL9 0EJ",
                 "registrationStatus": "Registered"}
                """;
        String broken = "{\"locationId\": \"1-109999998\", \"providerId\": \"1-100000009\", \"registrationStatus\": \"Registered\"}";
        var refused = post("quality", "cqc/imports", "[" + good + "," + broken + "]", null).expect(400).json();
        assertThat(refused.getString("detail")).contains("Record 2").contains("nothing was imported");
        assertThat(get("quality", "providers/" + provider.id()).json().getJsonArray("locations").getJsonObject(0)
                .getString("rating")).isEqualTo("GOOD");
        post("quality", "cqc/imports", "not json", null).expect(400);
        post(provider.username(), "cqc/imports", "[" + good + "]", null).expect(403);

        var report = post("quality", "cqc/imports", "[" + good + "," + notHeld + "]", null).expect(200).json();
        assertThat(report.getInt("records")).isEqualTo(2);
        assertThat(report.getJsonArray("changed").getString(0)).startsWith(provider.locationId());
        assertThat(report.getJsonArray("notHeld").getString(0)).startsWith("1-109999999");
        var location = get("quality", "providers/" + provider.id()).json().getJsonArray("locations").getJsonObject(0);
        assertThat(location.getString("rating")).isEqualTo("OUTSTANDING");
        assertThat(location.getString("ratingSource")).isEqualTo("CQC_IMPORT");
        assertThat(location.getString("name")).isEqualTo("Renamed House");
    }

    @Test
    void theDemoLocationsAgreeWithTheStubsRecords() {
        // The demo data and the demo stub describe the same made-up register: a refresh changes no rating.
        var providers = get("quality", "providers?max=200").expect(200).json().getJsonArray("rows");
        for (var p : providers.stream().map(JsonObject.class::cast)
                .filter(p -> List.of("1-100000001", "1-100000002", "1-100000003").contains(p.getString("cqcProviderId", ""))).toList()) {
            for (var l : p.getJsonArray("locations").stream().map(JsonObject.class::cast).toList()) {
                var after = post("quality", "providers/" + p.getJsonNumber("id") + "/locations/" + l.getString("locationId")
                        + "/refresh", null, null).expect(200).json().getJsonArray("locations").stream()
                        .map(JsonObject.class::cast).filter(x -> x.getString("locationId").equals(l.getString("locationId")))
                        .findFirst().orElseThrow();
                assertThat(after.getString("rating")).as(l.getString("locationId")).isEqualTo(l.getString("rating"));
                assertThat(after.getString("name")).isEqualTo(l.getString("name"));
            }
        }
    }


    private static String organisation(JsonObject me, String cqcProviderId) {
        return """
                {"name": "%s", "addressLine1": "%s", "town": "%s", "postcode": "%s", "contactName": "%s",
                 "contactEmail": "%s", "cqcProviderId": "%s"}
                """.formatted(me.getString("name"), me.getString("addressLine1"), me.getString("town"),
                me.getString("postcode"), me.getString("contactName"), me.getString("contactEmail"), cqcProviderId);
    }
}
