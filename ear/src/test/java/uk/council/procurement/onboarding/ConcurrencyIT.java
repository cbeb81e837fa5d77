package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/** Two people deciding the same application at once: exactly one succeeds, nothing is lost or doubled. */
class ConcurrencyIT extends ServerTest {

    @RepeatedTest(3)
    void twoOfficersRecommendingAtOnce() throws Exception {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("N1"));
        var current = get("officer", "applications/" + ref);
        long lot = current.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("lotId").longValue();
        String admit = "{\"lots\": [{\"lotId\": " + lot + ", \"outcome\": \"ADMIT\"}]}";
        String reject = "{\"lots\": [{\"lotId\": " + lot + ", \"outcome\": \"REJECT\", \"reason\": \"Staffing evidence too thin\"}]}";

        var statuses = race(
                () -> post("officer", "applications/" + ref + "/recommendation", admit, current.etag()),
                () -> post("officer2", "applications/" + ref + "/recommendation", reject, current.etag()));

        assertThat(statuses).as("one wins; the other is refused as stale (412) or, if it started after the win, as "
                + "no longer possible (409)").hasSize(2).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        var after = get("lead", "applications/" + ref).json();
        assertThat(after.getString("status")).isEqualTo("AWAITING_APPROVAL");
        var recommended = get("lead", "applications/" + ref + "/history").array().stream().map(JsonObject.class::cast)
                .filter(e -> "RECOMMENDED".equals(e.getString("action"))).toList();
        assertThat(recommended).hasSize(1);
        // The recommendation kept is the winner's, whole.
        String winner = recommended.get(0).getString("actor");
        assertThat(after.getString("recommendedBy")).isEqualTo(winner);
        assertThat(after.getJsonArray("lots").getJsonObject(0).getString("recommendedOutcome"))
                .isEqualTo("officer".equals(winner) ? "ADMIT" : "REJECT");
        assertThat(get("lead", "tasks?text=" + ref).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void twoLeadsApprovingAtOnce() throws Exception {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("N2"));
        Fixtures.recommend("officer", ref, Map.of("N2", "ADMIT")).expect(200);
        var current = get("lead", "applications/" + ref);

        var statuses = race(
                () -> post("lead", "applications/" + ref + "/approval", "{\"comment\": \"one\"}", current.etag()),
                () -> post("lead2", "applications/" + ref + "/approval", "{\"comment\": \"two\"}", current.etag()));

        assertThat(statuses).as("one wins; the other is refused as stale (412) or, if it started after the win, as "
                + "no longer possible (409)").hasSize(2).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        assertThat(get("lead", "applications/" + ref).json().getString("status")).isEqualTo("AWAITING_AGREEMENT");
        assertThat(get("lead", "applications/" + ref + "/history").array().stream().map(JsonObject.class::cast)
                .filter(e -> "APPROVED".equals(e.getString("action")))).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("N3"));
        var read = get("officer", "applications/" + ref);
        post("officer", "applications/" + ref + "/deadline-extension",
                "{\"justification\": \"Waiting for the safeguarding team's view\"}", read.etag()).expect(200);

        // officer2 acts on what it read before the extension.
        long lot = read.json().getJsonArray("lots").getJsonObject(0).getJsonNumber("lotId").longValue();
        var refused = post("officer2", "applications/" + ref + "/recommendation",
                "{\"lots\": [{\"lotId\": " + lot + ", \"outcome\": \"REJECT\", \"reason\": \"A stale decision\"}]}",
                read.etag()).expect(412).json();
        assertThat(refused.getString("type")).isEqualTo("urn:council:dps:problem:precondition-failed");
        assertThat(refused.getString("title")).isEqualTo("Changed by someone else");
        assertThat(refused.getString("detail")).contains("reload");
        var after = get("lead", "applications/" + ref).json();
        assertThat(after.getString("status")).isEqualTo("UNDER_EVALUATION");
        assertThat(after.getJsonArray("lots").getJsonObject(0).containsKey("recommendedOutcome")).isFalse();

        // Having reloaded, officer2 can recommend.
        Fixtures.recommend("officer2", ref, Map.of("N3", "ADMIT")).expect(200);
    }

    /** Starts both calls at the same moment and returns their HTTP statuses. */
    @SafeVarargs
    private static List<Integer> race(Supplier<Api.Reply>... calls) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<CompletableFuture<Integer>>();
        for (var call : calls) {
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.get().status();
            }));
        }
        start.countDown();
        var statuses = new ArrayList<Integer>();
        for (var future : futures) {
            statuses.add(future.get());
        }
        return statuses;
    }
}
