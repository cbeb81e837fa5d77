package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Block call-offs through the real stack: reserved only with a location eligible in the lot, filled
 * while a place is free on every day of a stay (six officers at once for the last place: one gets it),
 * a stay ended early frees its place, providers see their own blocks without the people.
 */
class BlockCallOffIT extends ServerTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private static String placement(String person, LocalDate from, LocalDate to) {
        return "{\"personReference\": \"" + person + "\", \"fromDate\": \"" + from + "\", \"toDate\": \"" + to + "\"}";
    }

    @Test
    void aBlockIsFilledWhilePlacesAreFreeAndNeverBeyondThem() throws Exception {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = CallOffs.lotId(market);
        var a = Fixtures.provider("GOOD");
        var outsider = Fixtures.provider("GOOD");
        Fixtures.admitted(a, market, Map.of("1", "ADMIT"));
        String block = """
                {"lotId": %d, "providerId": %d, "locationId": "%s", "title": "Respite beds", "startDate": "%s",
                 "endDate": "%s", "places": 2, "weeklyRate": 980.00}
                """;
        post("officer", "block-call-offs", block.formatted(lot, outsider.id(), outsider.locationId(), TODAY,
                TODAY.plusDays(60)), null).expect(422).bodyContains("cannot take call-offs");
        post("lead", "block-call-offs", block.formatted(lot, a.id(), a.locationId(), TODAY, TODAY.plusDays(60)), null)
                .expect(403);
        post(a.username(), "block-call-offs", block.formatted(lot, a.id(), a.locationId(), TODAY, TODAY.plusDays(60)), null)
                .expect(403);
        post("officer", "block-call-offs", block.formatted(lot, a.id(), a.locationId(), TODAY.plusDays(10), TODAY), null)
                .expect(400).bodyContains("endDate");
        post("officer", "block-call-offs", block.formatted(lot, a.id(), a.locationId(), TODAY, TODAY.plusDays(60))
                .replace("\"places\": 2", "\"places\": 501"), null).expect(400).bodyContains("places");
        var created = post("officer", "block-call-offs", block.formatted(lot, a.id(), a.locationId(), TODAY,
                TODAY.plusDays(60)), null).expect(201).json();
        String ref = created.getString("reference");
        assertThat(created.getInt("freeToday")).isEqualTo(2);
        // Reserved, the block is a contract: one contract event, valued at 2 places x £980 a week over its 61 days.
        var notices = get("officer", "transparency-events?requirement=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(notices).hasSize(1);
        assertThat(notices.getJsonObject(0).getString("kind")).isEqualTo("CONTRACT");
        assertThat(notices.getJsonObject(0).getJsonObject("facts").getJsonNumber("totalValue").bigDecimalValue())
                .isEqualByComparingTo("17080.00");
        // ... and in the contract register under its own reference, its annual value over 52.14 weeks.
        var registered = get("officer", "contracts/" + ref).expect(200).json();
        assertThat(registered.getString("kind")).isEqualTo("CALL_OFF");
        assertThat(registered.getString("currentExpiry")).isEqualTo(TODAY.plusDays(60).toString());
        assertThat(registered.getJsonNumber("annualSpend").bigDecimalValue()).isEqualByComparingTo("102194.40");
        assertThat(registered.getBoolean("extendable")).isFalse();
        get(a.username(), "contracts/" + ref).expect(200);
        get(outsider.username(), "contracts/" + ref).expect(404);

        String path = "block-call-offs/" + ref + "/placements";
        // Two officers at once while both places are free (days 41 to 45): both get one.
        var pair = CallOffs.atOnce(java.util.List.of(
                () -> post("officer", path, placement("NHS-P1", TODAY.plusDays(41), TODAY.plusDays(45)), null),
                () -> post("officer2", path, placement("NHS-P2", TODAY.plusDays(41), TODAY.plusDays(45)), null)));
        assertThat(pair.stream().map(Api.Reply::status)).containsExactly(201, 201);
        post("officer", path, placement("NHS-1", TODAY.plusDays(1), TODAY.plusDays(14)), null).expect(201);
        // the same person twice on overlapping days (a retried request, a double click) takes no second place
        post("officer", path, placement("nhs-1", TODAY.plusDays(14), TODAY.plusDays(16)), null).expect(409)
                .bodyContains("already placed");
        post("officer", path, placement("NHS-2", TODAY.plusDays(10), TODAY.plusDays(20)), null).expect(201);
        // 10 to 14 days from now both places are taken
        post("officer", path, placement("NHS-3", TODAY.plusDays(5), TODAY.plusDays(11)), null).expect(409)
                .bodyContains("full on");
        post("officer", path, placement("NHS-3", TODAY.plusDays(50), TODAY.plusDays(61)), null).expect(422);
        post("officer", path, placement("NHS-3", TODAY.plusDays(9), TODAY.plusDays(8)), null).expect(400)
                .bodyContains("toDate");
        post("officer", path, placement("N".repeat(41), TODAY.plusDays(30), TODAY.plusDays(31)), null).expect(400)
                .bodyContains("personReference");
        post(a.username(), path, placement("NHS-3", TODAY.plusDays(30), TODAY.plusDays(31)), null).expect(403);

        // Six officers at once for the one place left from day 21 to 30: exactly one gets it.
        var calls = new ArrayList<Supplier<Api.Reply>>();
        for (int n = 0; n < 6; n++) {
            String person = "NHS-R" + n;
            String officer = n % 2 == 0 ? "officer" : "officer2";
            calls.add(() -> post(officer, path, placement(person, TODAY.plusDays(21), TODAY.plusDays(30)), null));
        }
        post("officer", path, placement("NHS-4", TODAY.plusDays(21), TODAY.plusDays(40)), null).expect(201);
        var replies = CallOffs.atOnce(calls);
        assertThat(replies.stream().map(Api.Reply::status)).containsOnlyOnce(201).containsOnly(201, 409);

        // NHS-1 goes home after day 4: its place is free from day 5, and the stay starting then fits.
        var view = get("officer", "block-call-offs/" + ref).expect(200).json();
        var first = view.getJsonArray("placements").stream().map(JsonObject.class::cast)
                .filter(p -> "NHS-1".equals(p.getString("personReference"))).findFirst().orElseThrow();
        String ending = path + "/" + first.getJsonNumber("id") + "/ending";
        String body = "{\"lastDay\": \"" + TODAY.plusDays(4) + "\", \"reason\": \"Went home early\"}";
        post("officer", ending, body, "\"7\"").expect(412);
        post("officer", ending, "{\"lastDay\": \"" + TODAY.plusDays(4) + "\", \"reason\": \"\"}",
                CallOffs.etagOf(first)).expect(400);
        post("officer", ending, body, CallOffs.etagOf(first)).expect(200);
        post("officer", path, placement("NHS-3", TODAY.plusDays(5), TODAY.plusDays(11)), null).expect(201);

        // The provider sees its block and the stays' dates, never who; another provider sees nothing.
        var mine = get(a.username(), "block-call-offs/mine").expect(200).array().getJsonObject(0);
        assertThat(mine.getString("reference")).isEqualTo(ref);
        assertThat(mine.getJsonArray("placements").stream().map(JsonObject.class::cast)
                .allMatch(p -> !p.containsKey("personReference"))).isTrue();
        assertThat(get(outsider.username(), "block-call-offs/mine").expect(200).array()).isEmpty();
        get(a.username(), "block-call-offs/" + ref).expect(403);
        var history = get("officer", "block-call-offs/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(h -> h.getString("action")).toList();
        assertThat(history).contains("CREATED", "PLACED", "PLACEMENT_ENDED");
    }
}
