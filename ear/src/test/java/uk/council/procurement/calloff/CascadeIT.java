package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * The care-at-home cascade through the real stack: the zone's Lot 1 provider on duty (the rota), its
 * partner when the window ends, every Lot 2 provider after the partner declines, the officer when
 * nobody accepts; twenty acceptances at the same moment leave exactly one winner; a provider sees only
 * its own offers and never the person's reference; bad input and wrong roles change nothing.
 */
class CascadeIT extends ServerTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private record Market(String reference, long zone, long lot2) {
    }

    @AfterEach
    void backToRealTime() {
        CallOffs.backToRealTime();
    }

    /** A care-at-home market with one zone (its Lot 1) and a borough-wide Lot 2, open today. */
    private static Market careAtHomeMarket() {
        String reference = "DM-IT-" + Api.unique().toUpperCase();
        post("officer", "dps", """
                {"reference": "%s", "title": "Test care at home market", "regime": "PA_2023_DYNAMIC_MARKET",
                 "termStart": "%s", "termEnd": "%s", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 15, "extendedEvaluationWorkingDays": null}
                """.formatted(reference, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(3)), null).expect(201);
        post("officer", "dps/" + reference + "/lots", """
                {"code": "1-TZ", "title": "Lot 1 - Test Zone", "careSetting": "CARE_AT_HOME", "careCategory": null,
                 "zone": "Test Zone", "minimumRating": "GOOD", "admitInadequateSuspended": false, "maxProviders": 2}
                """, null).expect(201);
        post("officer", "dps/" + reference + "/lots", """
                {"code": "2", "title": "Lot 2 - borough-wide", "careSetting": "CARE_AT_HOME", "careCategory": null,
                 "zone": null, "minimumRating": "GOOD", "admitInadequateSuspended": false, "maxProviders": null}
                """, null).expect(201);
        post("officer", "dps/" + reference + "/open", null, get("officer", "dps/" + reference).etag()).expect(200);
        var lots = Fixtures.lots("officer", reference);
        return new Market(reference, lots.get("1-TZ"), lots.get("2"));
    }

    private static Fixtures.Provider homeCare() {
        return Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
    }

    private static String raise(long zone) {
        return post("officer", "packages", """
                {"lotId": %d, "personReference": "NHS-%s", "needs": "Help to wash and dress", "postcode": "bl9 0ej",
                 "startDate": "%s", "urgency": "HOSPITAL_DISCHARGE", "weeklyHours": 10.5, "hourlyRate": 24.37,
                 "visits": "7 days: 08:00 45 min, 18:00 45 min"}
                """.formatted(zone, Api.unique(), LocalDate.now(UK).plusDays(1)), null).expect(201).json()
                .getString("reference");
    }

    private static JsonObject pkg(String reference) {
        return get("officer", "packages/" + reference).expect(200).json();
    }

    /** The provider's open offer of the package, once the cascade has made it. */
    private static JsonObject awaitOffer(Fixtures.Provider provider, String reference) {
        CallOffs.await(() -> openOffer(provider, reference) != null, "an offer of " + reference + " to " + provider.name());
        return openOffer(provider, reference);
    }

    private static JsonObject openOffer(Fixtures.Provider provider, String reference) {
        return get(provider.username(), "package-offers").expect(200).array().stream().map(JsonObject.class::cast)
                .filter(o -> reference.equals(o.getString("packageReference")) && o.getBoolean("open"))
                .findFirst().orElse(null);
    }

    private static void awaitStatus(String reference, String status) {
        CallOffs.await(() -> status.equals(pkg(reference).getString("status")), reference + " to be " + status);
    }

    @Test
    void theCascadeGoesFromTheProviderOnDutyToItsPartnerToLot2AndThenToTheOfficer() {
        var m = careAtHomeMarket();
        var a = homeCare();
        var b = homeCare();
        var c = homeCare();
        Fixtures.admitted(a, m.reference(), Map.of("1-TZ", "ADMIT"));
        Fixtures.admitted(b, m.reference(), Map.of("1-TZ", "ADMIT", "2", "ADMIT"));
        Fixtures.admitted(c, m.reference(), Map.of("2", "ADMIT"));
        // b is on duty this week and a next week; windows of 10 minutes at every step.
        var thisMonday = LocalDate.now(UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        put("officer", "zones/" + m.zone() + "/rota", """
                {"firstProviderId": %d, "secondProviderId": %d, "startsOn": "%s"}
                """.formatted(b.id(), a.id(), thisMonday), null).expect(200);
        var zone = get("officer", "zones/" + m.zone()).expect(200);
        assertThat(zone.json().getString("onDutyNow")).isEqualTo(b.name());
        assertThat(zone.json().getJsonArray("weeks").getJsonObject(1).getString("onDutyName")).isEqualTo(a.name());
        put("officer", "zones/windows?dps=" + m.reference(),
                "{\"onDutyMinutes\": 10, \"partnerMinutes\": 10, \"openMinutes\": 10}", null).expect(200);

        String ref = raise(m.zone());
        var toB = awaitOffer(b, ref);
        assertThat(toB.getString("stageLabel")).isEqualTo("Lot 1 provider on duty");
        assertThat(toB.containsKey("personReference")).as("providers never see the person's reference").isFalse();
        assertThat(toB.getJsonNumber("weeklyCost").bigDecimalValue()).isEqualByComparingTo("255.89");
        assertThat(openOffer(a, ref)).as("the partner waits for its turn").isNull();
        long offerToB = toB.getJsonNumber("offerId").longValue();
        // Another provider reaching b's offer by id finds nothing; staff cannot answer for a provider.
        get(a.username(), "package-offers/" + offerToB).expect(404);
        post(a.username(), "package-offers/" + offerToB + "/acceptance", null, null).expect(404);
        post("officer", "package-offers/" + offerToB + "/acceptance", null, null).expect(403);
        get(a.username(), "packages/" + ref).expect(403);

        // b's window ends unanswered: the timer offers it to the partner.
        var windowEnd = Instant.parse(toB.getString("windowEndsAt"));
        CallOffs.moveClockTo(windowEnd.plusSeconds(30));
        var toA = awaitOffer(a, ref);
        assertThat(toA.getString("stageLabel")).isEqualTo("Other Lot 1 provider of the zone");
        post(b.username(), "package-offers/" + offerToB + "/acceptance", null, null).expect(409)
                .bodyContains("no longer open");

        // a declines: Lot 2 is offered it at once (b, already offered this round, is not asked again).
        long offerToA = toA.getJsonNumber("offerId").longValue();
        post(a.username(), "package-offers/" + offerToA + "/decline", "{\"reason\": \"OTHER\"}", null).expect(400)
                .bodyContains("text");
        post(a.username(), "package-offers/" + offerToA + "/decline", "{\"reason\": \"SOMETIMES\"}", null).expect(400);
        post(a.username(), "package-offers/" + offerToA + "/decline",
                "{\"reason\": \"NO_CAPACITY\", \"text\": \"No carers free at 08:00\"}", null).expect(200);
        var toC = awaitOffer(c, ref);
        assertThat(toC.getString("stageLabel")).isEqualTo("All Lot 2 providers");
        assertThat(openOffer(b, ref)).isNull();

        // Nobody in Lot 2 accepts in time: the officers decide, with the whole history before them.
        CallOffs.moveClockTo(Instant.parse(toC.getString("windowEndsAt")).plusSeconds(30));
        awaitStatus(ref, "ESCALATED");
        var escalated = pkg(ref);
        assertThat(escalated.getJsonArray("offers").stream().map(JsonObject.class::cast)
                .map(o -> o.getString("providerName") + ":" + o.getString("status")))
                .containsExactly(b.name() + ":LAPSED", a.name() + ":DECLINED", c.name() + ":LAPSED");
        assertThat(escalated.getJsonArray("offers").getJsonObject(1).getString("declineText"))
                .isEqualTo("No carers free at 08:00");
        var tasks = get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(tasks.stream().map(JsonObject.class::cast).map(t -> t.getString("taskName")))
                .containsExactly("Nobody accepted: decide what instead");
        var history = get("officer", "packages/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(h -> h.getString("action")).toList();
        assertThat(history).contains("RAISED", "OFFERED", "DECLINED", "NOBODY_ACCEPTED");

        // The officer offers it again: round 2 starts with the provider on duty, who accepts.
        post(b.username(), "packages/" + ref + "/reoffer", null, Api.get("officer", "packages/" + ref).etag()).expect(403);
        post("officer", "packages/" + ref + "/reoffer", null, "\"0\"").expect(412);
        post("officer", "packages/" + ref + "/reoffer", null, get("officer", "packages/" + ref).etag()).expect(200);
        var again = awaitOffer(b, ref);
        post(b.username(), "package-offers/" + again.getJsonNumber("offerId") + "/acceptance", null, null).expect(200);
        awaitStatus(ref, "ACCEPTED");
        var accepted = pkg(ref);
        assertThat(accepted.getString("acceptedProviderName")).isEqualTo(b.name());
        assertThat(accepted.getInt("round")).isEqualTo(2);
        // Accepted, the package is a contract made without a competition: one contract event for its notice.
        var notices = get("officer", "transparency-events?requirement=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(notices).hasSize(1);
        var contract = notices.getJsonObject(0);
        assertThat(contract.getString("kind")).isEqualTo("CONTRACT");
        assertThat(contract.getJsonObject("facts").getString("supplier")).isEqualTo(b.name());
        assertThat(contract.getJsonObject("facts").getJsonNumber("weeklyPrice").bigDecimalValue()).isEqualByComparingTo("255.89");
        assertThat(contract.getJsonObject("facts").getJsonNumber("annualValue").bigDecimalValue())
                .as("£255.89 a week x 52.14").isEqualByComparingTo("13342.10");
        assertThat(contract.toString()).doesNotContain("NHS-");
        CallOffs.await(() -> get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows").isEmpty(),
                "the officers' task to go");
        post("officer", "packages/" + ref + "/cancellation", "{\"reason\": \"Not needed\"}",
                get("officer", "packages/" + ref).etag()).expect(409);
    }

    @Test
    void twentyAcceptancesAtTheSameMomentLeaveExactlyOneWinner() throws Exception {
        var m = careAtHomeMarket();
        var providers = new ArrayList<Fixtures.Provider>();
        for (int i = 0; i < 4; i++) {
            var p = homeCare();
            Fixtures.admitted(p, m.reference(), Map.of("2", "ADMIT"));
            providers.add(p);
        }
        // The zone has no rota: the Lot 1 steps are passed over and every Lot 2 provider is offered it at once.
        String ref = raise(m.zone());
        var offers = providers.stream().map(p -> awaitOffer(p, ref).getJsonNumber("offerId").longValue()).toList();
        var calls = new ArrayList<Supplier<Api.Reply>>();
        for (int n = 0; n < 20; n++) {
            var p = providers.get(n % providers.size());
            long offer = offers.get(n % providers.size());
            calls.add(() -> post(p.username(), "package-offers/" + offer + "/acceptance", null, null));
        }

        var replies = CallOffs.atOnce(calls);

        assertThat(replies.stream().map(Api.Reply::status).filter(s -> s == 200)).hasSize(1);
        assertThat(replies.stream().map(Api.Reply::status).filter(s -> s == 409)).hasSize(19);
        replies.stream().filter(r -> r.status() == 409)
                .forEach(r -> assertThat(r.body()).containsAnyOf("another provider accepted it first", "you accepted it"));
        int winner = replies.indexOf(replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()) % 4;
        var accepted = pkg(ref);
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("acceptedProviderName")).isEqualTo(providers.get(winner).name());
        assertThat(accepted.getJsonArray("offers").stream().map(JsonObject.class::cast).map(o -> o.getString("status")))
                .containsExactlyInAnyOrder("ACCEPTED", "GONE", "GONE", "GONE");
        var history = get("officer", "packages/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(h -> h.getString("action")).toList();
        assertThat(history).contains("STEP_PASSED").containsOnlyOnce("ACCEPTED");
        // A loser's portal says the package has gone.
        var loser = providers.get((winner + 1) % 4);
        assertThat(get(loser.username(), "package-offers/" + offers.get((winner + 1) % 4)).expect(200).json()
                .getString("status")).isEqualTo("GONE");
    }

    @Test
    void aWeeklyScheduleGivesThePackagesHoursAndReachesTheProvider() {
        var m = careAtHomeMarket();
        var a = homeCare();
        // in Lot 2 only: the zone has no rota, so its steps pass and the package goes to Lot 2 at once
        Fixtures.admitted(a, m.reference(), Map.of("2", "ADMIT"));
        String days = java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> """
                {"day": "%1$s", "start": "08:00", "carers": 2, "minutes": 45}, {"day": "%1$s", "start": "17:30", "carers": 1,
                 "minutes": 30}""".formatted(d)).collect(java.util.stream.Collectors.joining(","));
        var raised = post("officer", "packages", """
                {"lotId": %d, "personReference": "NHS-%s", "postcode": "BL9 0EJ", "startDate": "%s", "urgency": "ROUTINE",
                 "hourlyRate": 24.00, "visits": "Key safe at the back", "schedule": [%s]}
                """.formatted(m.zone(), Api.unique(), LocalDate.now(UK).plusDays(1), days), null).expect(201).json();
        // (45 x 2 + 30) x 7 = 840 carer-minutes = 14 hours; x £24 = £336 a week
        assertThat(raised.getJsonNumber("weeklyHours").bigDecimalValue()).isEqualByComparingTo("14.00");
        assertThat(raised.getJsonNumber("weeklyCost").bigDecimalValue()).isEqualByComparingTo("336.00");
        assertThat(raised.getJsonArray("schedule")).hasSize(14);
        assertThat(raised.getJsonArray("schedule").getJsonObject(0).getString("dayLabel")).isEqualTo("Monday");
        var offered = awaitOffer(a, raised.getString("reference"));
        var schedule = offered.getJsonArray("schedule");
        assertThat(schedule).hasSize(14);
        assertThat(schedule.getJsonObject(13).getString("day")).isEqualTo("SUNDAY");
        assertThat(schedule.getJsonObject(13).getString("start")).startsWith("17:30");
    }

    @Test
    void badInputAndWrongRolesAreRefusedAndChangeNothing() {
        var m = careAtHomeMarket();
        var a = homeCare();
        var b = homeCare();
        Fixtures.admitted(a, m.reference(), Map.of("1-TZ", "ADMIT"));
        String good = """
                {"lotId": %d, "personReference": "NHS-1", "postcode": "BL9 0EJ", "startDate": "%s",
                 "urgency": "ROUTINE", "weeklyHours": %s, "hourlyRate": %s}
                """;
        var tomorrow = LocalDate.now(UK).plusDays(1);
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "0", "20"), null).expect(400).bodyContains("weeklyHours");
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "168.01", "20"), null).expect(400);
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "10", "1000"), null).expect(400).bodyContains("hourlyRate");
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "10", "20.001"), null).expect(400);
        post("officer", "packages", good.formatted(m.zone(), tomorrow.minusDays(2), "10", "20"), null).expect(400)
                .bodyContains("startDate");
        post("officer", "packages", good.formatted(m.lot2(), tomorrow, "10", "20"), null).expect(422);
        post("officer", "packages", good.formatted(999999999L, tomorrow, "10", "20"), null).expect(404);
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "10", "20").replace("BL9 0EJ", "NOT A CODE"), null)
                .expect(400).bodyContains("postcode");
        post("officer", "packages", good.formatted(m.zone(), tomorrow, "10", "20").replace("NHS-1", "N".repeat(41)), null)
                .expect(400);
        // A weekly schedule: checked visit by visit, and the hours a week are its carers' time.
        String scheduled = """
                {"lotId": %d, "personReference": "NHS-1", "postcode": "BL9 0EJ", "startDate": "%s",
                 "urgency": "ROUTINE", "hourlyRate": 20, %s "schedule": [%s]}
                """;
        String week = "{\"day\": \"MONDAY\", \"start\": \"08:00\", \"carers\": 2, \"minutes\": 45},"
                + "{\"day\": \"MONDAY\", \"start\": \"12:30\", \"carers\": 1, \"minutes\": 30}";
        post("officer", "packages", scheduled.formatted(m.zone(), tomorrow, "\"weeklyHours\": 3,", week), null).expect(400)
                .bodyContains("weeklyHours").bodyContains("2.00 hours");
        post("officer", "packages", scheduled.formatted(m.zone(), tomorrow, "", week.replace("\"minutes\": 30",
                "\"minutes\": 7")), null).expect(400).bodyContains("schedule[1].minutes");
        post("officer", "packages", scheduled.formatted(m.zone(), tomorrow, "", week.replace("12:30", "08:30")), null)
                .expect(400).bodyContains("schedule[1].start").bodyContains("overlaps");
        post("officer", "packages", scheduled.formatted(m.zone(), tomorrow, "", week.replace("MONDAY\", \"start\": \"12",
                "FUNDAY\", \"start\": \"12")), null).expect(400);
        post("officer", "packages", scheduled.formatted(m.zone(), tomorrow, "", week.replace("12:30", "25:00")), null)
                .expect(400);
        post("lead", "packages", good.formatted(m.zone(), tomorrow, "10", "20"), null).expect(403);
        post(a.username(), "packages", good.formatted(m.zone(), tomorrow, "10", "20"), null).expect(403);
        assertThat(get("officer", "packages?text=" + m.reference()).expect(200).json().getInt("total")).isZero();
        get("officer", "packages?status=MAYBE").expect(400);

        // Windows: 5 to 1440 minutes; the rota: two admitted providers from a Monday.
        put("officer", "zones/windows?dps=" + m.reference(),
                "{\"onDutyMinutes\": 4, \"partnerMinutes\": 10, \"openMinutes\": 10}", null).expect(400).bodyContains("onDutyMinutes");
        put("officer", "zones/windows?dps=" + m.reference(),
                "{\"onDutyMinutes\": 10, \"partnerMinutes\": 1441, \"openMinutes\": 10}", null).expect(400);
        put("lead", "zones/windows?dps=" + m.reference(),
                "{\"onDutyMinutes\": 10, \"partnerMinutes\": 10, \"openMinutes\": 10}", null).expect(403);
        assertThat(get("officer", "zones/windows?dps=" + m.reference()).expect(200).json().containsKey("version")).isFalse();
        var monday = LocalDate.now(UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String rota = "{\"firstProviderId\": %d, \"secondProviderId\": %d, \"startsOn\": \"%s\"}";
        put("officer", "zones/" + m.zone() + "/rota", rota.formatted(a.id(), b.id(), monday), null).expect(400)
                .bodyContains("secondProviderId");
        Fixtures.admitted(b, m.reference(), Map.of("1-TZ", "ADMIT"));
        put("officer", "zones/" + m.zone() + "/rota", rota.formatted(a.id(), b.id(), monday.plusDays(1)), null).expect(422)
                .bodyContains("Monday");
        put("officer", "zones/" + m.zone() + "/rota", rota.formatted(a.id(), a.id(), monday), null).expect(422);
        put("officer", "zones/" + m.lot2() + "/rota", rota.formatted(a.id(), b.id(), monday), null).expect(404);
        put(a.username(), "zones/" + m.zone() + "/rota", rota.formatted(a.id(), b.id(), monday), null).expect(403);
        var set = put("officer", "zones/" + m.zone() + "/rota", rota.formatted(a.id(), b.id(), monday), null).expect(200);
        // A colleague's change without If-Match, or with a stale one, does not overwrite it.
        put("officer2", "zones/" + m.zone() + "/rota", rota.formatted(b.id(), a.id(), monday), null).expect(428);
        put("officer2", "zones/" + m.zone() + "/rota", rota.formatted(b.id(), a.id(), monday), "\"99\"").expect(412);
        var swapped = post("officer", "zones/" + m.zone() + "/rota/swaps", "{\"week\": \"" + monday.plusWeeks(1) + "\"}",
                set.etag()).expect(200);
        assertThat(swapped.json().getJsonArray("weeks").getJsonObject(1).getString("onDutyName")).isEqualTo(a.name());
        post("officer", "zones/" + m.zone() + "/rota/swaps", "{\"week\": \"" + monday.plusWeeks(2) + "\"}", set.etag())
                .expect(412);
        post("officer", "zones/" + m.zone() + "/rota/swaps", "{\"week\": \"" + monday.minusWeeks(1) + "\"}",
                swapped.etag()).expect(422).bodyContains("has passed");
    }
}
