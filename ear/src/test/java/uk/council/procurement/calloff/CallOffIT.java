package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A call-off competition through the real stack: a requirement goes to exactly the locations eligible
 * when it is issued (not a suspended one, not one admitted later), each provider sees and answers only
 * its own invitation, offers stay sealed from the council until the deadline (the process's timer,
 * under the test clock), and after it nothing more is accepted while officers can read every answer.
 */
class CallOffIT extends ServerTest {

    @AfterEach
    void backToRealTime() {
        CallOffs.backToRealTime();
    }

    private static String requirement(long lotId, Instant deadline) {
        return """
                {"lotId": %d, "personReference": "NHS-%s", "needs": "Ground-floor room; dementia care",
                 "postcode": "bl9 0ej", "startDate": "%s", "urgency": "HOSPITAL_DISCHARGE", "weeklyBudget": 950.00,
                 "offerDeadline": "%s"}
                """.formatted(lotId, Api.unique(), LocalDate.now().plusDays(7), deadline);
    }

    private static long lotId(String market) {
        return CallOffs.lotId(market);
    }

    private static JsonObject invitationOf(Fixtures.Provider provider, String reference) {
        return CallOffs.invitationOf(provider, reference);
    }

    @Test
    void offersGoToTheEligibleOnlyAndStaySealedUntilTheDeadline() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = lotId(market);
        var a = Fixtures.provider("GOOD");
        var b = Fixtures.provider("GOOD");
        var suspended = Fixtures.provider("GOOD");
        var later = Fixtures.provider("GOOD");
        for (var p : List.of(a, b, suspended)) {
            Fixtures.admitted(p, market, Map.of("1", "ADMIT"));
        }
        var admission = get("officer", "dps/" + market + "/lots/" + lot + "/admissions").expect(200).array().stream()
                .map(JsonObject.class::cast).filter(x -> x.getJsonNumber("providerId").longValue() == suspended.id())
                .findFirst().orElseThrow();
        long admissionId = admission.getJsonNumber("id").longValue();
        post("officer", "admissions/" + admissionId + "/suspension",
                "{\"reason\": \"Safeguarding concern\", \"liftingNeedsLead\": false}",
                get("officer", "admissions/" + admissionId).expect(200).etag()).expect(200);

        Instant deadline = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var raised = post("officer", "requirements", requirement(lot, deadline), null).expect(201);
        String ref = raised.json().getString("reference");
        assertThat(ref).matches("REQ-\\d{4}-\\d{5}");
        assertThat(raised.json().getString("status")).isEqualTo("DRAFT");
        post("provider", "requirements", requirement(lot, deadline), null).expect(403);

        var eligible = Fixtures.locationIds(get("officer", "dps/" + market + "/lots/" + lot + "/eligible-locations")
                .expect(200).array());
        var issued = post("officer", "requirements/" + ref + "/issue", null, raised.etag()).expect(200).json();
        var invited = issued.getJsonArray("invitations").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("locationCode")).toList();
        assertThat(invited).containsExactlyInAnyOrderElementsOf(eligible)
                .containsExactlyInAnyOrder(a.locationId(), b.locationId());
        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getBoolean("sealed")).isTrue();

        // Admitted after the issue: not invited, sees nothing.
        Fixtures.admitted(later, market, Map.of("1", "ADMIT"));
        assertThat(invitationOf(later, ref)).isNull();
        assertThat(invitationOf(suspended, ref)).isNull();

        // A provider sees its own invitation, never another's, and not the person's reference.
        var mine = invitationOf(a, ref);
        assertThat(mine.getString("needs")).contains("Ground-floor room");
        assertThat(mine.toString()).doesNotContain("NHS-");
        long aId = mine.getJsonNumber("id").longValue();
        long bId = invitationOf(b, ref).getJsonNumber("id").longValue();
        get(a.username(), "invitations/" + bId).expect(404);
        put(a.username(), "invitations/" + bId + "/offer", "{\"weeklyPrice\": 1.00, \"earliestStart\": \""
                + LocalDate.now().plusDays(7) + "\"}", "\"0\"").expect(404);
        get(a.username(), "requirements/" + ref).expect(403);

        // An offer before the deadline, changed once; bad values refused naming the field.
        var current = get(a.username(), "invitations/" + aId).expect(200);
        put(a.username(), "invitations/" + aId + "/offer", "{\"weeklyPrice\": -5, \"earliestStart\": \""
                + LocalDate.now().plusDays(7) + "\"}", current.etag()).expect(400);
        put(a.username(), "invitations/" + aId + "/offer", "{\"weeklyPrice\": 900.00, \"earliestStart\": \""
                + LocalDate.now().plusDays(1) + "\"}", current.etag()).expect(422);
        var offered = put(a.username(), "invitations/" + aId + "/offer", "{\"weeklyPrice\": 900.00, \"earliestStart\": \""
                + LocalDate.now().plusDays(7) + "\", \"note\": \"Room 3 free\"}", current.etag()).expect(200);
        put(a.username(), "invitations/" + aId + "/offer", "{\"weeklyPrice\": 812.50, \"earliestStart\": \""
                + LocalDate.now().plusDays(8) + "\"}", offered.etag()).expect(200);

        // Sealed: the council sees that A answered, not what; the offers themselves are refused.
        var view = get("officer", "requirements/" + ref).expect(200);
        assertThat(view.body()).doesNotContain("812.5").doesNotContain("Room 3");
        assertThat(view.json().getJsonArray("invitations").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("locationCode").equals(a.locationId())).findFirst().orElseThrow()
                .getString("status")).isEqualTo("OFFERED");
        var sealed = get("officer", "requirements/" + ref + "/offers").expect(409);
        assertThat(sealed.body()).contains("sealed until");
        get("lead", "requirements/" + ref + "/offers").expect(409);

        // The deadline passes (test clock): the process closes offers; nothing more is accepted.
        CallOffs.moveClockTo(deadline.plusSeconds(30));
        CallOffs.await(() -> "EVALUATION".equals(get("officer", "requirements/" + ref).expect(200).json().getString("status")),
                "offers of " + ref + " to close");
        var late = get(b.username(), "invitations/" + bId).expect(200);
        assertThat(late.json().getBoolean("open")).isFalse();
        put(b.username(), "invitations/" + bId + "/offer", "{\"weeklyPrice\": 700.00, \"earliestStart\": \""
                + LocalDate.now().plusDays(7) + "\"}", late.etag()).expect(409);

        var offers = get("officer", "requirements/" + ref + "/offers").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(offers).hasSize(2);
        var ofA = offers.stream().filter(o -> o.getString("locationCode").equals(a.locationId())).findFirst().orElseThrow();
        assertThat(ofA.getJsonNumber("weeklyPrice").bigDecimalValue()).isEqualByComparingTo("812.50");
        assertThat(ofA.getString("status")).isEqualTo("OFFERED");
        var ofB = offers.stream().filter(o -> o.getString("locationCode").equals(b.locationId())).findFirst().orElseThrow();
        assertThat(ofB.getString("status")).isEqualTo("NO_ANSWER");
        assertThat(ofB.containsKey("weeklyPrice") && !ofB.isNull("weeklyPrice")).isFalse();

        // The officers' inbox has the evaluation.
        var tasks = get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(tasks.stream().map(JsonObject.class::cast).map(t -> t.getString("taskName")))
                .contains("Evaluate offers");
    }

    @Test
    void careHomesOutsideTheDistanceAreNotInvitedAndAnUnknownPostcodeFallsBackToTheWholeLot() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = lotId(market);
        var bury = Fixtures.providerAt("GOOD", 53.5900, -2.3000, CqcStub.RESIDENTIAL);      // 0.3 km from BL9 0EJ
        var ramsbottom = Fixtures.providerAt("GOOD", 53.6472, -2.3179, CqcStub.RESIDENTIAL); // 6.3 km
        var stafford = Fixtures.providerAt("GOOD", 52.8060, -2.1170, CqcStub.RESIDENTIAL);   // 88 km
        for (var p : List.of(bury, ramsbottom, stafford)) {
            Fixtures.admitted(p, market, Map.of("1", "ADMIT"));
        }
        Instant deadline = CallOffs.threeHoursAway();

        var within5 = issuedWithin(lot, "bl9 0ej", 5, deadline).expect(200).json();
        assertThat(locationsOf(within5)).containsExactly(bury.locationId());
        assertThat(within5.getString("distanceNote")).isEqualTo("Within 5 km of BL9 0EJ");
        assertThat(within5.getJsonArray("invitations").getJsonObject(0).getJsonNumber("distanceKm").bigDecimalValue())
                .isBetween(new java.math.BigDecimal("0.2"), new java.math.BigDecimal("0.5"));
        assertThat(locationsOf(issuedWithin(lot, "BL9 0EJ", 10, deadline).expect(200).json()))
                .containsExactlyInAnyOrder(bury.locationId(), ramsbottom.locationId());
        assertThat(invitationOf(stafford, within5.getString("reference"))).isNull();

        // The postcode service does not know it: the whole lot, and the requirement says why.
        var unknown = issuedWithin(lot, "ZZ9 9ZZ", 5, deadline).expect(200).json();
        assertThat(locationsOf(unknown)).containsExactlyInAnyOrder(bury.locationId(), ramsbottom.locationId(),
                stafford.locationId());
        assertThat(unknown.getString("distanceNote")).startsWith("No distance filter: the postcode service does not know");

        // Nobody within 1 km of Prestwich: refused, nothing sent, and the draft stays a draft.
        var nobody = issuedWithin(lot, "M25 1AA", 1, deadline).expect(422);
        assertThat(nobody.body()).contains("within 1 km of M25 1AA").contains("Widen the distance");

        for (String bad : List.of("0", "101", "-3", "2.5", "\"far\"")) {
            var refused = post("officer", "requirements", requirementWithin(lot, "BL9 0EJ", bad, deadline), null);
            assertThat(refused.status()).as("maxDistanceKm %s", bad).isEqualTo(400);
        }
    }

    @Test
    void aCareAtHomeRequirementCarriesItsWeeklyScheduleToTheProviders() {
        String market = Fixtures.openMarket("CARE_AT_HOME", "REQUIRES_IMPROVEMENT", false, null);
        long lot = lotId(market);
        var agency = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        Fixtures.admitted(agency, market, Map.of("1", "ADMIT"));
        String body = """
                {"lotId": %d, "personReference": "NHS-%s", "postcode": "BL9 0EJ", "startDate": "%s", "urgency": "ROUTINE",
                 "weeklyBudget": 400.00, "offerDeadline": "%s", "schedule": [
                   {"day": "MONDAY", "start": "08:00", "carers": 2, "minutes": 45},
                   {"day": "THURSDAY", "start": "18:15", "carers": 1, "minutes": 30}]}
                """;
        var raised = post("officer", "requirements", body.formatted(lot, Api.unique(), LocalDate.now().plusDays(7),
                CallOffs.threeHoursAway()), null).expect(201);
        assertThat(raised.json().getJsonNumber("weeklyCareHours").bigDecimalValue()).isEqualByComparingTo("2.00");
        String ref = raised.json().getString("reference");
        post("officer", "requirements/" + ref + "/issue", null, raised.etag()).expect(200);
        var seen = invitationOf(agency, ref);
        assertThat(seen.getJsonArray("schedule")).hasSize(2);
        assertThat(seen.getJsonArray("schedule").getJsonObject(1).getString("dayLabel")).isEqualTo("Thursday");
        assertThat(seen.getJsonNumber("weeklyCareHours").bigDecimalValue()).isEqualByComparingTo("2.00");

        // A care home placement has no schedule of visits.
        long homes = lotId(Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null));
        post("officer", "requirements", body.formatted(homes, Api.unique(), LocalDate.now().plusDays(7),
                CallOffs.threeHoursAway()), null).expect(400).bodyContains("schedule");
    }

    private static String requirementWithin(long lot, String postcode, String km, Instant deadline) {
        return """
                {"lotId": %d, "personReference": "NHS-%s", "postcode": "%s", "startDate": "%s", "urgency": "ROUTINE",
                 "weeklyBudget": 950.00, "offerDeadline": "%s", "maxDistanceKm": %s}
                """.formatted(lot, Api.unique(), postcode, LocalDate.now().plusDays(7), deadline, km);
    }

    private static Api.Reply issuedWithin(long lot, String postcode, int km, Instant deadline) {
        var raised = post("officer", "requirements", requirementWithin(lot, postcode, String.valueOf(km), deadline), null)
                .expect(201);
        assertThat(raised.json().getInt("maxDistanceKm")).isEqualTo(km);
        return post("officer", "requirements/" + raised.json().getString("reference") + "/issue", null, raised.etag());
    }

    private static List<String> locationsOf(JsonObject requirement) {
        return requirement.getJsonArray("invitations").stream().map(JsonObject.class::cast)
                .map(i -> i.getString("locationCode")).toList();
    }

    @Test
    void aRequirementIsValidatedAndCanBeCancelledWithAReason() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = lotId(market);
        var a = Fixtures.provider("GOOD");
        Fixtures.admitted(a, market, Map.of("1", "ADMIT"));
        var c = Fixtures.provider("GOOD");
        Fixtures.admitted(c, market, Map.of("1", "ADMIT"));

        var bad = post("officer", "requirements", "{\"lotId\": " + lot + ", \"postcode\": \"nowhere\", \"weeklyBudget\": 0}",
                null).expect(400);
        assertThat(bad.body()).contains("personReference").contains("postcode").contains("startDate")
                .contains("weeklyBudget").contains("offerDeadline");
        post("officer", "requirements", requirement(999_999_999L, Instant.now().plus(2, ChronoUnit.HOURS)), null).expect(404);

        // A deadline less than an hour away cannot be issued.
        var soon = post("officer", "requirements", requirement(lot, Instant.now().plus(10, ChronoUnit.MINUTES)), null)
                .expect(201);
        post("officer", "requirements/" + soon.json().getString("reference") + "/issue", null, soon.etag()).expect(422);

        var raised = post("officer", "requirements", requirement(lot, Instant.now().plus(2, ChronoUnit.HOURS)), null)
                .expect(201);
        String ref = raised.json().getString("reference");
        var issued = post("officer", "requirements/" + ref + "/issue", null, raised.etag()).expect(200);
        post("officer", "requirements/" + ref + "/issue", null, issued.etag()).expect(409);
        // C is suspended from the lot before answering: its invitation is withdrawn, and it can no longer answer.
        var admissionOfC = get("officer", "dps/" + market + "/lots/" + lot + "/admissions").expect(200).array().stream()
                .map(JsonObject.class::cast).filter(x -> x.getJsonNumber("providerId").longValue() == c.id())
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        post("officer", "admissions/" + admissionOfC + "/suspension", "{\"reason\": \"Safeguarding concern\", "
                + "\"liftingNeedsLead\": false}", get("officer", "admissions/" + admissionOfC).expect(200).etag()).expect(200);
        var ofC = invitationOf(c, ref);
        assertThat(ofC.getString("status")).isEqualTo("WITHDRAWN");
        put(c.username(), "invitations/" + ofC.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": 700.00, "
                + "\"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\"}", "\"" + ofC.getJsonNumber("version")
                + "\"").expect(409);
        // Every invited location has answered: offers stay sealed all the same until the deadline.
        var answering = invitationOf(a, ref);
        put(a.username(), "invitations/" + answering.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": 700.00, "
                + "\"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\"}", "\"" + answering.getJsonNumber("version")
                + "\"").expect(200);
        get("officer", "requirements/" + ref + "/offers").expect(409);
        post("officer", "requirements/" + ref + "/cancellation", "{\"reason\": \" \"}", issued.etag()).expect(400);
        var cancelled = post("officer", "requirements/" + ref + "/cancellation",
                "{\"reason\": \"The person moved to family care\"}", issued.etag()).expect(200).json();
        assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
        // Cancelling before the deadline does not unseal the offers.
        assertThat(get("officer", "requirements/" + ref + "/offers").expect(409).body()).contains("stay sealed");
        var invitation = invitationOf(a, ref);
        assertThat(invitation.getString("status")).isEqualTo("WITHDRAWN");
        put(a.username(), "invitations/" + invitation.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": 700.00, "
                + "\"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\"}", "\"" + invitation.getJsonNumber("version")
                + "\"").expect(409);
        var tasks = get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(tasks).isEmpty();
    }
}
