package uk.council.procurement.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * The engine's timers fire in the real server, under the test clock: no test waits for, or depends
 * on, today's date.
 */
class TimersIT extends ServerTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @AfterEach
    void backToRealTime() {
        Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
    }

    @Test
    void theDeadlineWarningFiresInTheServerAndTellsTheLeads() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R1"));
        Instant warningAt = Instant.parse(get("officer", "applications/" + ref).expect(200).json()
                .getString("deadlineWarningAt"));
        assertThat(history(ref)).doesNotContain("DEADLINE_WARNING");

        moveClockTo(warningAt.plusSeconds(20));
        await(() -> history(ref).contains("DEADLINE_WARNING"), "the deadline warning of " + ref);

        var warning = get("officer", "applications/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("action").equals("DEADLINE_WARNING"))
                .findFirst().orElseThrow();
        assertThat(warning.getString("actor")).isEqualTo("system");
        var notified = get("lead", "notifications").expect(200).array().stream().map(JsonObject.class::cast)
                .filter(n -> ref.equals(n.getString("subjectRef", null))).map(n -> n.getString("message")).toList();
        assertThat(notified).anySatisfy(m -> assertThat(m).startsWith("Decision on " + ref).contains("is due by"));
    }

    @Test
    void theDailyCqcSyncRunsAt0615AndAppliesCqcsChanges() {
        var provider = Fixtures.provider("GOOD");
        CqcStub.location(provider.locationId(), provider.cqcProviderId(), provider.name() + " House", "Outstanding",
                LocalDate.now(UK).minusDays(1), 53.59, -2.30, CqcStub.RESIDENTIAL, CqcStub.NURSING);
        CqcStub.changed(provider.locationId());
        try {
            // The engine's timer says when the next daily run is (06:15); the clock goes just past it.
            Instant next = Instant.parse(get("quality", "cqc/sync").expect(200).json().getString("nextRunAt"));
            assertThat(next.atZone(UK).toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 15));
            moveClockTo(next.plusSeconds(20));
            await(() -> "OUTSTANDING".equals(rating(provider)), "the daily sync to bring CQC's new rating");
            var status = get("quality", "cqc/sync").expect(200).json();
            assertThat(Instant.parse(status.getString("lastRunAt"))).isAfter(next);
            assertThat(status.getString("lastResult")).contains("updated");
        } finally {
            CqcStub.changed();
        }
    }

    @Test
    void theClockCannotBeMovedWithoutSigningIn() {
        Api.send(Api.request(null, "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                "{\"now\": \"2030-01-01T00:00:00Z\"}"))).expect(401);
    }

    private static void moveClockTo(Instant now) {
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
    }

    private static String rating(Fixtures.Provider provider) {
        return get("quality", "providers/" + provider.id()).expect(200).json().getJsonArray("locations")
                .getJsonObject(0).getString("rating");
    }

    private static List<String> history(String ref) {
        return get("officer", "applications/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(e -> e.getString("action")).toList();
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Waited 45 s for " + what);
    }
}
