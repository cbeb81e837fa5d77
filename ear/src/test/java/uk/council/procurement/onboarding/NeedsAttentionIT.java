package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * An automatic step that fails all its retries becomes an incident: staff see the application
 * "needs attention" with the reason, an officer mends the cause and retries, and the process goes on.
 */
class NeedsAttentionIT extends ServerTest {

    @AfterEach
    void backToRealTime() {
        Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
    }

    @Test
    void anAdmissionThatFindsTheLotFullNeedsAttentionAndIsRetriedOnceTheCapIsRaised() {
        // Two providers are approved for the last place of a lot; both accept; the second finds it full.
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", true, 1);
        var first = Fixtures.provider("GOOD");
        var second = Fixtures.provider("GOOD");
        String firstRef = Fixtures.submitted(first, market, List.of("1"));
        String secondRef = Fixtures.submitted(second, market, List.of("1"));
        for (String ref : List.of(firstRef, secondRef)) {
            Fixtures.recommend("officer", ref, Map.of("1", "ADMIT")).expect(200);
            Fixtures.approve("lead", ref).expect(200);
        }
        accept(first, firstRef);
        Api.awaitStatus(first.username(), firstRef, "ADMITTED");
        accept(second, secondRef);

        // The admission job fails and is retried a minute apart; the test clock runs the retries now.
        JsonObject stuck = null;
        Instant clock = Instant.now();
        for (int i = 0; i < 6 && stuck == null; i++) {
            clock = clock.plusSeconds(70);
            Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + clock + "\"}"))).expect(200);
            Instant until = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(until)) {
                var application = get("officer", "applications/" + secondRef).expect(200).json();
                if (!application.getJsonArray("needsAttention").isEmpty()) {
                    stuck = application;
                    break;
                }
                Api.sleep(300);
            }
        }
        assertThat(stuck).as("an incident after the retries").isNotNull();
        var attention = stuck.getJsonArray("needsAttention").getJsonObject(0);
        assertThat(attention.getString("reason")).contains("Lot 1 is full");
        assertThat(attention.getString("step")).isEqualTo("Admit provider to lots");
        assertThat(stuck.getString("status")).isEqualTo("AWAITING_AGREEMENT");
        var row = get("officer", "applications?text=" + secondRef).expect(200).json().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getString("needsAttention")).contains("Lot 1 is full");
        var forProvider = get(second.username(), "applications/" + secondRef).expect(200).json();
        assertThat(forProvider.containsKey("needsAttention")).as("the council's working stays inside").isFalse();

        // Only an officer retries; the cause is mended first (the cap raised), then the admission goes through.
        String incident = attention.getString("incidentId");
        post("lead", "applications/" + secondRef + "/incidents/" + incident + "/retry", null, null).expect(403);
        post(second.username(), "applications/" + secondRef + "/incidents/" + incident + "/retry", null, null).expect(403);
        post("officer", "applications/" + secondRef + "/incidents/not-an-incident/retry", null, null).expect(404);
        var dps = get("officer", "dps/" + market).expect(200).json();
        var lot = dps.getJsonArray("lots").getJsonObject(0);
        Api.put("officer", "dps/" + market + "/lots/" + lot.getJsonNumber("id"), """
                {"code": "1", "title": "Test lot", "careSetting": "RESIDENTIAL", "careCategory": "OLDER_PEOPLE",
                 "minimumRating": "REQUIRES_IMPROVEMENT", "admitInadequateSuspended": true, "maxProviders": 2}
                """, String.valueOf(lot.getJsonNumber("version").longValue())).expect(200);
        post("officer", "applications/" + secondRef + "/incidents/" + incident + "/retry", null, null).expect(200);
        Api.awaitStatus(second.username(), secondRef, "ADMITTED");
        assertThat(get("officer", "applications/" + secondRef).json().getJsonArray("needsAttention")).isEmpty();
        assertThat(get("officer", "applications/" + secondRef + "/history").array().stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action"))).contains("RETRIED", "ADMITTED");
    }

    private static void accept(Fixtures.Provider provider, String ref) {
        post(provider.username(), "applications/" + ref + "/agreement", null,
                get(provider.username(), "applications/" + ref).etag()).expect(200);
    }
}
