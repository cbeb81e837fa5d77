package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.calloff.CallOffs.etagOf;
import static uk.council.procurement.calloff.CallOffs.invitationOf;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Evaluation and award through the real stack: must-haves exclude, capabilities and marked answers
 * score under the lot's 60/40 weighting, an award above the lot's threshold waits for a commissioning
 * lead other than the proposer, the winner confirms and the call-off contract is created with the
 * annual value at 52.14 weeks; other providers learn their rank and never see the contract; a
 * winner may decline, and a competition without offers is closed with a reason.
 */
class CallOffAwardIT extends ServerTest {

    private static final String CRITERIA = """
            [{"kind": "MUST_HAVE", "text": "Ground-floor room"},
             {"kind": "CAPABILITY", "text": "Dementia-trained staff on every shift", "weight": 30},
             {"kind": "QUESTION", "text": "How will you keep the person connected to their family?", "weight": 10}]
            """;

    @AfterEach
    void backToRealTime() {
        CallOffs.backToRealTime();
    }

    private static String offer(String price, boolean groundFloor, String capability) {
        return """
                {"weeklyPrice": %s, "earliestStart": "%s", "answers": [{"meets": %s}, {"capability": "%s"},
                 {"text": "Weekly video calls and a family room."}]}
                """.formatted(price, LocalDate.now().plusDays(7), groundFloor, capability);
    }

    private static JsonObject row(JsonObject table, Fixtures.Provider provider) {
        return table.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("locationCode").equals(provider.locationId())).findFirst().orElseThrow();
    }

    /** The lot's call-off terms: 60/40, and approval above the threshold given. */
    private static void callOffTerms(String market, long lot, String threshold) {
        var lotView = get("officer", "dps/" + market).expect(200).json().getJsonArray("lots").getJsonObject(0);
        put("officer", "dps/" + market + "/lots/" + lot, """
                {"code": "1", "title": "Test lot", "careSetting": "RESIDENTIAL", "careCategory": "OLDER_PEOPLE",
                 "minimumRating": "REQUIRES_IMPROVEMENT", "admitInadequateSuspended": false, "qualityWeight": 60,
                 "approvalThreshold": %s, "offerHours": 24}
                """.formatted(threshold), etagOf(lotView)).expect(200);
    }

    @Test
    void aCompetitionIsScoredApprovedConfirmedAndContracted() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = CallOffs.lotId(market);
        callOffTerms(market, lot, "40000.00");
        var a = Fixtures.provider("GOOD");
        var b = Fixtures.provider("GOOD");
        var c = Fixtures.provider("GOOD");
        for (var p : List.of(a, b, c)) {
            Fixtures.admitted(p, market, Map.of("1", "ADMIT"));
        }
        // chris is an officer and a lead: he proposes, so he may not approve.
        var deadline = CallOffs.threeHoursAway();
        String ref = CallOffs.issued("chris", lot, CRITERIA, deadline);

        var ofA = invitationOf(a, ref);
        assertThat(ofA.getJsonArray("criteria")).hasSize(3);
        assertThat(ofA.getInt("qualityWeight")).isEqualTo(60);
        // Answers must match the criteria, one of the right kind each.
        put(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": 1000.00, "
                + "\"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\", \"answers\": [{\"meets\": true}]}",
                etagOf(ofA)).expect(400).bodyContains("answers");
        put(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/offer", "{\"weeklyPrice\": 1000.00, "
                + "\"earliestStart\": \"" + LocalDate.now().plusDays(7) + "\", \"answers\": [{\"capability\": \"FULLY\"}, "
                + "{\"capability\": \"FULLY\"}, {\"text\": \"x\"}]}", etagOf(ofA)).expect(400).bodyContains("answers[0].meets");
        put(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/offer", offer("1000.00", true, "FULLY"),
                etagOf(ofA)).expect(200);
        var ofB = invitationOf(b, ref);
        put(b.username(), "invitations/" + ofB.getJsonNumber("id") + "/offer", offer("800.00", true, "PARTLY"),
                etagOf(ofB)).expect(200);
        var ofC = invitationOf(c, ref);
        put(c.username(), "invitations/" + ofC.getJsonNumber("id") + "/offer", offer("600.00", false, "FULLY"),
                etagOf(ofC)).expect(200);

        // Sealed: no table before the deadline, for anyone on the council's side.
        get("chris", "requirements/" + ref + "/evaluation").expect(409);
        get("lead", "requirements/" + ref + "/evaluation").expect(409);
        CallOffs.closeOffers(ref, deadline, "EVALUATION");

        var table = get("chris", "requirements/" + ref + "/evaluation").expect(200).json();
        assertThat(row(table, c).getString("exclusion")).contains("Ground-floor room");
        assertThat(row(table, c).get("rank")).as("no rank for an excluded offer").isIn(null, jakarta.json.JsonValue.NULL);
        assertThat(table.getBoolean("complete")).isFalse();
        get(a.username(), "requirements/" + ref + "/evaluation").expect(403);
        // No award before every outcome answer is marked.
        var requirement = get("chris", "requirements/" + ref).expect(200);
        post("chris", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, a).getJsonNumber("invitationId")
                + "}", requirement.etag()).expect(422).bodyContains("Mark every outcome answer");

        var rowA = row(table, a);
        put("chris", "requirements/" + ref + "/marks", "{\"invitationId\": " + rowA.getJsonNumber("invitationId")
                + ", \"position\": 2, \"mark\": 6}", etagOf(rowA)).expect(400).bodyContains("mark");
        put("chris", "requirements/" + ref + "/marks", "{\"invitationId\": " + rowA.getJsonNumber("invitationId")
                + ", \"position\": 0, \"mark\": 3}", etagOf(rowA)).expect(400).bodyContains("position");
        put(a.username(), "requirements/" + ref + "/marks", "{\"invitationId\": " + rowA.getJsonNumber("invitationId")
                + ", \"position\": 2, \"mark\": 5}", etagOf(rowA)).expect(403);
        put("chris", "requirements/" + ref + "/marks", "{\"invitationId\": " + rowA.getJsonNumber("invitationId")
                + ", \"position\": 2, \"mark\": 5}", etagOf(rowA)).expect(200);
        // Marking on a stale row is a concurrent change, not a silent overwrite.
        put("officer2", "requirements/" + ref + "/marks", "{\"invitationId\": " + rowA.getJsonNumber("invitationId")
                + ", \"position\": 2, \"mark\": 1}", etagOf(rowA)).expect(412);
        var rowB = row(table, b);
        table = put("chris", "requirements/" + ref + "/marks", "{\"invitationId\": " + rowB.getJsonNumber("invitationId")
                + ", \"position\": 2, \"mark\": 0}", etagOf(rowB)).expect(200).json();
        assertThat(table.getBoolean("complete")).isTrue();
        // 60/40: A (quality 100, price 80) beats the cheaper B (quality 37.5, price 100).
        assertThat(row(table, a).getJsonNumber("totalScore").bigDecimalValue()).isEqualByComparingTo("92.00");
        assertThat(row(table, b).getJsonNumber("totalScore").bigDecimalValue()).isEqualByComparingTo("62.50");
        assertThat(row(table, a).getInt("rank")).isEqualTo(1);
        assertThat(row(table, b).getInt("rank")).isEqualTo(2);

        // An offer other than the first needs a reason; an excluded one cannot win.
        requirement = get("chris", "requirements/" + ref).expect(200);
        post("chris", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, b).getJsonNumber("invitationId")
                + "}", requirement.etag()).expect(400).bodyContains("reason");
        post("chris", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, c).getJsonNumber("invitationId")
                + ", \"reason\": \"cheapest\"}", requirement.etag()).expect(422).bodyContains("excluded");
        var proposed = post("chris", "requirements/" + ref + "/award", "{\"invitationId\": "
                + row(table, a).getJsonNumber("invitationId") + "}", requirement.etag()).expect(200);
        assertThat(proposed.json().getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(proposed.json().getJsonObject("award").getJsonNumber("annualValue").bigDecimalValue())
                .isEqualByComparingTo("52140.00");

        // Not yet the winner's to confirm; the proposer cannot approve; an officer is not a lead.
        ofA = invitationOf(a, ref);
        assertThat(ofA.getBoolean("awardAwaitingAnswer")).isFalse();
        post(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null, etagOf(ofA)).expect(409);
        post("chris", "requirements/" + ref + "/award/approval", "{}", proposed.etag()).expect(422)
                .bodyContains("another commissioning lead");
        post("officer", "requirements/" + ref + "/award/approval", "{}", proposed.etag()).expect(403);
        // Returned once, proposed again, approved by another lead.
        var returned = post("lead", "requirements/" + ref + "/award/return", "{\"reason\": \"Check the start date\"}",
                proposed.etag()).expect(200);
        assertThat(returned.json().getString("status")).isEqualTo("EVALUATION");
        proposed = post("chris", "requirements/" + ref + "/award", "{\"invitationId\": "
                + row(table, a).getJsonNumber("invitationId") + "}", returned.etag()).expect(200);
        var approved = post("lead", "requirements/" + ref + "/award/approval", "{\"note\": \"Within budget\"}",
                proposed.etag()).expect(200);
        assertThat(approved.json().getString("status")).isEqualTo("AWAITING_CONFIRMATION");

        // Only A can answer; B cannot touch A's invitation.
        ofA = invitationOf(a, ref);
        assertThat(ofA.getBoolean("awardAwaitingAnswer")).isTrue();
        post(b.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null, etagOf(ofA)).expect(404);
        var confirmed = post(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null,
                etagOf(ofA)).expect(200).json();
        assertThat(confirmed.getString("status")).isEqualTo("AWARDED");
        post(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null,
                etagOf(confirmed)).expect(409);

        var done = get("officer", "requirements/" + ref).expect(200).json();
        assertThat(done.getString("status")).isEqualTo("AWARDED");
        String contractRef = done.getString("contractReference");
        var contract = get("officer", "call-off-contracts/" + contractRef).expect(200).json();
        assertThat(contract.getJsonNumber("weeklyPrice").bigDecimalValue()).isEqualByComparingTo("1000.00");
        assertThat(contract.getJsonNumber("annualValue").bigDecimalValue()).isEqualByComparingTo("52140.00");
        assertThat(contract.getString("locationCode")).isEqualTo(a.locationId());
        assertThat(contract.getString("personReference")).startsWith("NHS-");
        assertThat(contract.getString("proposedBy")).isEqualTo("chris");
        assertThat(contract.getString("approvedBy")).isEqualTo("lead");
        var ownView = get(a.username(), "call-off-contracts/" + contractRef).expect(200);
        assertThat(ownView.body()).doesNotContain("NHS-");
        get(b.username(), "call-off-contracts/" + contractRef).expect(404);
        assertThat(get(b.username(), "call-off-contracts").expect(200).json().getJsonArray("rows").toString())
                .doesNotContain(contractRef);
        assertThat(invitationOf(b, ref).getString("outcome")).contains("ranked 2 of 2");
        assertThat(invitationOf(c, ref).getString("outcome")).contains("another offer");

        // The whole trail: who proposed, who returned and why, who approved, who confirmed.
        var trail = get("officer", "requirements/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(trail).extracting(e -> e.getString("action")).contains("AWARD_PROPOSED", "AWARD_RETURNED",
                "AWARD_APPROVED", "AWARD_CONFIRMED", "ANSWER_MARKED");
        assertThat(trail.stream().filter(e -> e.getString("action").equals("AWARD_RETURNED")).findFirst().orElseThrow()
                .getString("reason")).isEqualTo("Check the start date");
        get(a.username(), "requirements/" + ref + "/history").expect(403);

        // What the transparency notices need: UK4 at issue, UK6 once the lead approved (not at a proposal
        // awaiting approval, nor the returned one), UK7 with the contract, due 120 days after it.
        var notices = get("officer", "transparency-events?requirement=" + ref).expect(200).json().getJsonArray("rows")
                .stream().map(JsonObject.class::cast).toList();
        assertThat(notices).extracting(n -> n.getString("noticeType")).containsExactly("UK7", "UK6", "UK4");
        var tender = notices.get(2).getJsonObject("facts");
        assertThat(tender.getJsonNumber("estimatedAnnualValue").bigDecimalValue()).isEqualByComparingTo("49533.00");
        assertThat(tender.getInt("invitedLocations")).isEqualTo(3);
        var award = notices.get(1).getJsonObject("facts");
        assertThat(award.getString("supplier")).isEqualTo(a.name());
        assertThat(award.getJsonNumber("annualValue").bigDecimalValue()).isEqualByComparingTo("52140.00");
        assertThat(notices.get(0).getString("contractReference")).isEqualTo(contractRef);
        assertThat(notices.get(0).getJsonObject("facts").toString()).doesNotContain("NHS-");
        assertThat(java.time.LocalDate.parse(notices.get(0).getString("publishBy")))
                .isEqualTo(java.time.LocalDate.ofInstant(Instant.parse(notices.get(0).getString("occurredAt")),
                        java.time.ZoneId.of("Europe/London")).plusDays(120));
        get(a.username(), "transparency-events?requirement=" + ref).expect(403);
    }

    private record MarketOfTwo(String market, long lot, Fixtures.Provider a, Fixtures.Provider b) {
    }

    /** A market whose lot 1 has two admitted providers, A and B. */
    private static MarketOfTwo marketOfTwo() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        var a = Fixtures.provider("GOOD");
        var b = Fixtures.provider("GOOD");
        for (var p : List.of(a, b)) {
            Fixtures.admitted(p, market, Map.of("1", "ADMIT"));
        }
        return new MarketOfTwo(market, CallOffs.lotId(market), a, b);
    }

    @Test
    void aWinnerMayDeclineAndACompetitionWithoutOffersIsClosedWithAReason() {
        var m = marketOfTwo();
        String market = m.market();
        long lot = m.lot();
        var a = m.a();
        var b = m.b();
        var deadline = CallOffs.threeHoursAway();
        String ref = CallOffs.issued("officer", lot, "[]", deadline);
        String silent = CallOffs.issued("officer", lot, "[]", deadline);
        CallOffs.offer(a, ref, "500.00");
        CallOffs.offer(b, ref, "400.00");
        CallOffs.closeOffers(ref, deadline, "EVALUATION");
        CallOffs.await(() -> "EVALUATION".equals(get("officer", "requirements/" + silent).expect(200).json()
                .getString("status")), "offers of " + silent + " to close");

        // Below the default threshold (£60,000 a year): straight to the winner, B, the cheaper.
        var table = get("officer", "requirements/" + ref + "/evaluation").expect(200).json();
        assertThat(row(table, b).getInt("rank")).isEqualTo(1);
        var proposed = post("officer", "requirements/" + ref + "/award", "{\"invitationId\": "
                + row(table, b).getJsonNumber("invitationId") + "}", get("officer", "requirements/" + ref).etag()).expect(200);
        assertThat(proposed.json().getString("status")).isEqualTo("AWAITING_CONFIRMATION");
        var ofB = invitationOf(b, ref);
        post(b.username(), "invitations/" + ofB.getJsonNumber("id") + "/award-decline", "{\"reason\": \" \"}", etagOf(ofB))
                .expect(400);
        post(b.username(), "invitations/" + ofB.getJsonNumber("id") + "/award-decline",
                "{\"reason\": \"The room has been taken\"}", etagOf(ofB)).expect(200);
        assertThat(get("officer", "requirements/" + ref).expect(200).json().getString("status")).isEqualTo("EVALUATION");
        assertThat(get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows").stream()
                .map(JsonObject.class::cast).map(t -> t.getString("taskName"))).containsExactly("Evaluate offers");
        table = get("officer", "requirements/" + ref + "/evaluation").expect(200).json();
        assertThat(row(table, b).getString("status")).isEqualTo("AWARD_DECLINED");
        assertThat(row(table, a).getInt("rank")).isEqualTo(1);
        // A suspended since it offered: its offer stays in the table but cannot be awarded until lifted.
        long admissionOfA = get("officer", "providers/" + a.id() + "/admissions").expect(200).array().stream()
                .map(JsonObject.class::cast).filter(x -> x.getString("dpsReference").equals(market)).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        var suspended = post("officer", "admissions/" + admissionOfA + "/suspension", "{\"reason\": \"Safeguarding "
                + "concern\", \"liftingNeedsLead\": false}", get("officer", "admissions/" + admissionOfA).etag()).expect(200);
        post("officer", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, a).getJsonNumber("invitationId")
                + "}", get("officer", "requirements/" + ref).etag()).expect(422).bodyContains("not an active member");
        post("officer", "admissions/" + admissionOfA + "/lifting", "{\"reason\": \"Concern closed\"}", suspended.etag())
                .expect(200);
        post("officer", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, a).getJsonNumber("invitationId")
                + "}", get("officer", "requirements/" + ref).etag()).expect(200);
        var ofA = invitationOf(a, ref);
        post(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null, etagOf(ofA)).expect(200);
        assertThat(get("officer", "requirements/" + ref).expect(200).json().getString("status")).isEqualTo("AWARDED");
        assertThat(get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows")).isEmpty();

        // No offers: the officer's task says so; closing needs a reason, then nothing is left open.
        assertThat(get("officer", "tasks?text=" + silent).expect(200).json().getJsonArray("rows").stream()
                .map(JsonObject.class::cast).map(t -> t.getString("taskName"))).containsExactly("No offers: decide what instead");
        var current = get("officer", "requirements/" + silent).expect(200);
        post("officer", "requirements/" + silent + "/closure", "{\"reason\": \"\"}", current.etag()).expect(400);
        post(a.username(), "requirements/" + silent + "/closure", "{\"reason\": \"x\"}", current.etag()).expect(403);
        var closed = post("officer", "requirements/" + silent + "/closure",
                "{\"reason\": \"Spot purchase off the DPS at Oak House, £1,050 a week: nobody offered\"}", current.etag())
                .expect(200).json();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("endReason")).contains("Spot purchase");
        assertThat(get("officer", "tasks?text=" + silent).expect(200).json().getJsonArray("rows")).isEmpty();
        Api.get("officer", "requirements?status=CLOSED&text=" + silent).expect(200).json().getJsonArray("rows")
                .forEach(r -> assertThat(((JsonObject) r).getString("reference")).isEqualTo(silent));
        Api.get("officer", "requirements?status=NOPE").expect(400);
    }

    @Test
    void aWinnerWhoDoesNotAnswerInTimeLosesTheAward() {
        var m = marketOfTwo();
        var a = m.a();
        var b = m.b();
        var deadline = CallOffs.threeHoursAway();
        String ref = CallOffs.issued("officer", m.lot(), "[]", deadline);
        CallOffs.offer(a, ref, "500.00");
        CallOffs.offer(b, ref, "400.00");
        CallOffs.closeOffers(ref, deadline, "EVALUATION");
        var table = get("officer", "requirements/" + ref + "/evaluation").expect(200).json();
        var proposed = post("officer", "requirements/" + ref + "/award", "{\"invitationId\": "
                + row(table, b).getJsonNumber("invitationId") + "}", get("officer", "requirements/" + ref).etag()).expect(200)
                .json();
        // The winner answers by 17:00 UK time on the next working day.
        var confirmBy = java.time.Instant.parse(proposed.getJsonObject("award").getString("confirmBy"));
        var local = confirmBy.atZone(java.time.ZoneId.of("Europe/London"));
        assertThat(local.toLocalTime()).isEqualTo(java.time.LocalTime.of(17, 0));
        assertThat(local.toLocalDate()).isAfter(deadline.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
                .isBefore(deadline.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate().plusDays(6));
        assertThat(local.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
        var ofB = invitationOf(b, ref);
        assertThat(java.time.Instant.parse(ofB.getString("confirmBy"))).isEqualTo(confirmBy);
        assertThat(ofB.getString("outcome")).contains("confirm or decline the award by");

        // No answer by then: the award lapses, the officers choose again, and a late answer is refused.
        CallOffs.moveClockTo(confirmBy.plusSeconds(30));
        CallOffs.await(() -> "EVALUATION".equals(get("officer", "requirements/" + ref).expect(200).json()
                .getString("status")), "the award of " + ref + " to lapse");
        post(b.username(), "invitations/" + ofB.getJsonNumber("id") + "/award-confirmation", null, etagOf(invitationOf(b, ref)))
                .expect(409);
        table = get("officer", "requirements/" + ref + "/evaluation").expect(200).json();
        assertThat(row(table, b).getString("status")).isEqualTo("AWARD_DECLINED");
        assertThat(invitationOf(b, ref).getString("outcome")).contains("lapsed");
        assertThat(get("officer", "requirements/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(h -> h.getString("action"))).contains("AWARD_LAPSED");
        assertThat(get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows").stream()
                .map(JsonObject.class::cast).map(t -> t.getString("taskName"))).containsExactly("Evaluate offers");
        // A, ranked second, can now be chosen and confirms.
        post("officer", "requirements/" + ref + "/award", "{\"invitationId\": " + row(table, a).getJsonNumber("invitationId")
                + "}", get("officer", "requirements/" + ref).etag()).expect(200);
        var ofA = invitationOf(a, ref);
        post(a.username(), "invitations/" + ofA.getJsonNumber("id") + "/award-confirmation", null, etagOf(ofA)).expect(200);
        assertThat(get("officer", "requirements/" + ref).expect(200).json().getString("status")).isEqualTo("AWARDED");
    }

    /** Sends the calls at the same moment, each on its own thread; the answers' statuses in order. */
    private static List<Integer> atOnce(List<java.util.function.Supplier<Api.Reply>> calls) throws Exception {
        return CallOffs.atOnce(calls).stream().map(Api.Reply::status).toList();
    }

    @Test
    void proposalsAndConfirmationsAtTheSameMomentMakeOneAwardAndOneContract() throws Exception {
        var m = marketOfTwo();
        long lot = m.lot();
        var a = m.a();
        var b = m.b();
        var deadline = CallOffs.threeHoursAway();
        String ref = CallOffs.issued("officer", lot, "[]", deadline);
        CallOffs.offer(a, ref, "600.00");
        CallOffs.offer(b, ref, "650.00");
        CallOffs.closeOffers(ref, deadline, "EVALUATION");
        var table = get("officer", "requirements/" + ref + "/evaluation").expect(200).json();
        String etag = get("officer", "requirements/" + ref).etag();

        // Two officers propose different offers on the same table at once: one proposal stands.
        var proposals = atOnce(List.of(
                () -> post("officer", "requirements/" + ref + "/award", "{\"invitationId\": "
                        + row(table, a).getJsonNumber("invitationId") + "}", etag),
                () -> post("officer2", "requirements/" + ref + "/award", "{\"invitationId\": "
                        + row(table, b).getJsonNumber("invitationId") + ", \"reason\": \"Nearer the family\"}", etag)));
        assertThat(proposals).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        var proposed = get("officer", "requirements/" + ref).expect(200).json();
        assertThat(proposed.getString("status")).isEqualTo("AWAITING_CONFIRMATION");
        var winner = proposed.getJsonObject("award").getString("providerName").equals(a.name()) ? a : b;

        // The winner's confirmation sent eight times at once: one contract.
        var mine = invitationOf(winner, ref);
        var confirmations = atOnce(java.util.Collections.nCopies(8, () -> post(winner.username(), "invitations/"
                + mine.getJsonNumber("id") + "/award-confirmation", null, etagOf(mine))));
        assertThat(confirmations).containsOnlyOnce(200).allMatch(s -> s == 200 || s == 409 || s == 412);
        var contracts = get("officer", "call-off-contracts?max=200").expect(200).json().getJsonArray("rows").stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("requirementReference").equals(ref)).toList();
        assertThat(contracts).hasSize(1);
        assertThat(get("officer", "requirements/" + ref).expect(200).json().getString("status")).isEqualTo("AWARDED");
    }
}
