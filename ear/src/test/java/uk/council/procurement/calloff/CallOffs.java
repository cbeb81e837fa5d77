package uk.council.procurement.calloff;

import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonObject;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;

/** What call-off tests share: the test clock, waiting for the process, and finding one's invitation. */
final class CallOffs {

    private CallOffs() {
    }

    static void moveClockTo(Instant now) {
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
    }

    static void backToRealTime() {
        Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plusSeconds(45);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Api.sleep(500);
        }
        throw new AssertionError("Timed out waiting for " + what);
    }

    /** Moves the test clock past the deadline and waits for the process to close the offers. */
    static void closeOffers(String reference, Instant deadline, String expectedStatus) {
        moveClockTo(deadline.plusSeconds(30));
        await(() -> expectedStatus.equals(get("officer", "requirements/" + reference).expect(200).json()
                .getString("status")), "offers of " + reference + " to close");
    }

    static JsonObject invitationOf(Fixtures.Provider provider, String reference) {
        return get(provider.username(), "invitations").expect(200).array().stream().map(JsonObject.class::cast)
                .filter(i -> reference.equals(i.getString("requirementReference"))).findFirst().orElse(null);
    }

    static long lotId(String market) {
        return Fixtures.lots("officer", market).get("1");
    }

    /** Raises and issues a requirement as the officer given; the deadline is three hours away. */
    static String issued(String officer, long lot, String criteriaJson, Instant deadline) {
        var raised = post(officer, "requirements", """
                {"lotId": %d, "personReference": "NHS-%s", "needs": "Ground-floor room; dementia care",
                 "postcode": "bl9 0ej", "startDate": "%s", "urgency": "HOSPITAL_DISCHARGE", "weeklyBudget": 950.00,
                 "offerDeadline": "%s", "criteria": %s}
                """.formatted(lot, Api.unique(), LocalDate.now().plusDays(7), deadline, criteriaJson), null).expect(201);
        String reference = raised.json().getString("reference");
        post(officer, "requirements/" + reference + "/issue", null, raised.etag()).expect(200);
        return reference;
    }

    /** The provider offers the weekly price on its invitation to the requirement (no criteria), starting in a week. */
    static void offer(Fixtures.Provider provider, String reference, String weeklyPrice) {
        var mine = invitationOf(provider, reference);
        Api.put(provider.username(), "invitations/" + mine.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": " + weeklyPrice
                + ", \"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\"}", etagOf(mine)).expect(200);
    }

    /** Sends the calls at the same moment, each on its own thread; the replies in order. */
    static java.util.List<Api.Reply> atOnce(java.util.List<java.util.function.Supplier<Api.Reply>> calls) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var futures = calls.stream().map(call -> pool.submit(() -> {
                start.await();
                return call.get();
            })).toList();
            start.countDown();
            var replies = new java.util.ArrayList<Api.Reply>();
            for (var f : futures) {
                replies.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    static Instant threeHoursAway() {
        return Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    static String etagOf(JsonObject versioned) {
        return "\"" + versioned.getJsonNumber("version").longValue() + "\"";
    }
}
