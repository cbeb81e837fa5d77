package uk.council.procurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ContractFixtures;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A Bury-style review through the API: a market whose Lot 1 extensions go to cabinet and Lot 2's to a
 * lead; officers recommend (one extension, one let expire), leads decide, never their own, cabinet's
 * date and minute recorded; a returned recommendation goes round again; then the provider not extended
 * is told its end date and the approved extensions are recorded on their contracts.
 */
class ExtensionReviewIT extends ServerTest {

    private static final LocalDate TODAY = LocalDate.now();

    private static String market() {
        return ContractFixtures.framework("CABINET", "LEAD");
    }

    private static String agreement(String market, Fixtures.Provider provider, String spend) {
        return ContractFixtures.agreement(market, provider, spend, TODAY.plusMonths(5));
    }

    private static JsonObject item(JsonObject review, String contract) {
        return review.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("contractReference").equals(contract)).findFirst().orElseThrow();
    }

    private static String items(JsonObject... items) {
        return "[" + String.join(",", java.util.Arrays.stream(items).map(i -> "{\"id\": " + i.getJsonNumber("id")
                + ", \"version\": " + i.getJsonNumber("version") + "}").toList()) + "]";
    }

    private static Api.Reply recommend(String user, String review, String items, String what, Integer months,
            String reasons) {
        return post(user, "reviews/" + review + "/recommendations", """
                {"items": %s, "recommendation": "%s", "months": %s, "reasons": %s}
                """.formatted(items, what, months, reasons == null ? "null" : "\"" + reasons + "\""), null);
    }

    private static Api.Reply decide(String user, String review, JsonObject item, boolean approve, String reason,
            String cabinetDate, String minute) {
        return post(user, "reviews/" + review + "/items/" + item.getJsonNumber("id") + "/decision", """
                {"approve": %s, "reason": %s, "cabinetDate": %s, "cabinetMinute": %s}
                """.formatted(approve, reason == null ? "null" : "\"" + reason + "\"",
                cabinetDate == null ? "null" : "\"" + cabinetDate + "\"", minute == null ? "null" : "\"" + minute + "\""),
                "\"" + item.getJsonNumber("version") + "\"");
    }

    private static Api.Reply postFile(String user, String path, String type, byte[] content) {
        return Api.send(Api.request(user, path).header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    private static List<String> actions(String path) {
        return get("officer", path).expect(200).array().stream().map(JsonObject.class::cast)
                .map(h -> h.getString("action")).toList();
    }

    @Test
    void aBuryStyleReviewRunsFromEvidenceToNotices() {
        String market = market();
        var lot1 = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        var lot2 = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        var leaving = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        Fixtures.admitted(lot1, market, Map.of("1", "ADMIT"));
        Fixtures.admitted(lot2, market, Map.of("2", "ADMIT"));
        Fixtures.admitted(leaving, market, Map.of("2", "ADMIT"));
        String a = agreement(market, lot1, "9139875");
        String b = agreement(market, lot2, "480000");
        String c = agreement(market, leaving, "120000");
        post("quality", "contracts/" + a + "/kpis", """
                {"financialYear": %d, "quarter": 1, "visitsOnTimePercent": 84, "ecmCompliancePercent": 99}
                """.formatted(TODAY.minusMonths(15).getYear()), null).expect(201);

        // Started by an officer (the daily timer does it when due); one review of a market at a time.
        post("lead", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(403);
        var started = post("officer", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(201).json();
        String review = started.getString("reference");
        post("officer", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(409).bodyContains("still open");
        post("officer", "reviews", "{\"dps\": \"NO-SUCH-MARKET\"}", null).expect(404);
        assertThat(started.getString("noticeDeadline")).isEqualTo(TODAY.plusMonths(5).minusMonths(3).toString());
        assertThat(started.getJsonArray("items")).hasSize(3);
        assertThat(item(started, a).getString("approval")).isEqualTo("CABINET");
        assertThat(item(started, b).getString("approval")).isEqualTo("LEAD");
        assertThat(item(started, a).getString("lotCodes")).isEqualTo("1");
        assertThat(actions("reviews/" + review + "/history")).containsExactly("STARTED");
        get(lot1.username(), "reviews/" + review).expect(403);

        // The evidence pack: rating, admissions, KPIs off target, call-off record.
        var evidence = get("quality", "reviews/" + review + "/items/" + item(started, a).getJsonNumber("id")
                + "/evidence").expect(200).json();
        assertThat(evidence.getJsonArray("locations").getJsonObject(0).getString("rating")).isEqualTo("Good");
        assertThat(evidence.getJsonArray("admissions").getJsonObject(0).getString("lotCode")).isEqualTo("1");
        assertThat(evidence.getJsonNumber("quartersOffTarget").longValue()).isEqualTo(1);
        assertThat(evidence.getJsonObject("callOffs").getJsonNumber("invited").longValue()).isZero();
        assertThat(evidence.getJsonArray("concerns").getString(0)).contains("visits on time 84%");
        get("quality", "reviews/" + review + "/items/999999999/evidence").expect(404);

        // Documents for a provider's evidence: a PDF by its bytes, kept with the review, in its history.
        String itemPath = "reviews/" + review + "/items/" + item(started, a).getJsonNumber("id") + "/documents";
        byte[] pdf = "%PDF-1.4\n% visit report\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var withDocument = postFile("quality", itemPath + "?fileName=visit-report.pdf", "application/pdf", pdf)
                .expect(200).json();
        var document = item(withDocument, a).getJsonArray("documents").getJsonObject(0);
        assertThat(document.getString("fileName")).isEqualTo("visit-report.pdf");
        postFile("quality", itemPath + "?fileName=visit-report.pdf", "application/pdf",
                "not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).expect(400).bodyContains("not a PDF");
        postFile("quality", itemPath + "?fileName=report.docx", "application/pdf", pdf).expect(400).bodyContains(".pdf");
        postFile(lot1.username(), itemPath + "?fileName=x.pdf", "application/pdf", pdf).expect(403);
        postFile("lead", itemPath + "?fileName=x.pdf", "application/pdf", pdf).expect(403);
        var download = Api.send(Api.request("lead", "reviews/" + review + "/documents/" + document.getJsonNumber("id")).GET());
        download.expect(200);
        assertThat(download.body()).startsWith("%PDF-1.4");
        Api.send(Api.request(lot1.username(), "reviews/" + review + "/documents/" + document.getJsonNumber("id")).GET())
                .expect(403);
        Api.send(Api.request("lead", "reviews/" + review + "/documents/999999999").GET()).expect(404);
        assertThat(actions("reviews/" + review + "/history")).contains("DOCUMENT_ADDED");

        // The fee uplift for the costs: Bury's 8.24%.
        var withUplift = put("officer", "reviews/" + review + "/uplift", "{\"upliftPercent\": 8.24}",
                get("officer", "reviews/" + review).etag()).expect(200);
        put("officer", "reviews/" + review + "/uplift", "{\"upliftPercent\": 100.5}", withUplift.etag()).expect(400);

        // Recommendations: refused when they break the terms or miss their reasons.
        var current = get("officer", "reviews/" + review).expect(200).json();
        String itemA = items(item(current, a));
        recommend("officer", review, itemA, "EXTEND", 25, "Meets obligations").expect(422).bodyContains("at most 2 years");
        recommend("officer", review, itemA, "EXTEND", null, "Meets obligations").expect(400).bodyContains("months");
        recommend("officer", review, itemA, "EXTEND", 12, null).expect(400).bodyContains("reasons");
        recommend("officer", review, items(item(current, c)), "EXPIRE", 12, "Too many providers").expect(400);
        recommend("lead", review, itemA, "EXTEND", 12, "Meets obligations").expect(403);
        post("officer", "reviews/" + review + "/submission", null, get("officer", "reviews/" + review).etag())
                .expect(422).bodyContains("Recommend for every provider first");

        // chris (officer and lead) recommends Lot 1; the officers recommend Lot 2 together, then one to expire.
        var afterA = recommend("chris", review, itemA, "EXTEND", 12, "All contractual obligations met").expect(200).json();
        assertThat(item(afterA, a).getJsonNumber("costRounded").bigDecimalValue()).isEqualByComparingTo("9893001");
        assertThat(item(afterA, a).getString("newExpiry")).isEqualTo(TODAY.plusMonths(5).plusDays(1).plusMonths(12)
                .minusDays(1).toString());
        recommend("officer", review, itemA, "EXTEND", 12, "Stale").expect(409);
        recommend("officer", review, items(item(afterA, b), item(afterA, c)), "EXTEND", 12, "Meeting obligations")
                .expect(200);
        current = get("officer", "reviews/" + review).expect(200).json();
        var afterC = recommend("officer", review, items(item(current, c)), "EXPIRE", null,
                "Too many Lot 2 providers; KPIs below target").expect(200).json();
        assertThat(afterC.getJsonNumber("recommended").longValue()).isEqualTo(3);
        post("officer", "reviews/" + review + "/submission", null, "\"" + afterC.getJsonNumber("version") + "\"")
                .expect(200);
        recommend("officer", review, items(item(get("officer", "reviews/" + review).json(), c)), "EXPIRE", null, "x")
                .expect(409).bodyContains("Leads deciding");

        // Decisions: never one's own; cabinet's lots need its date and minute; a return needs a reason.
        current = get("lead", "reviews/" + review).expect(200).json();
        decide("chris", review, item(current, a), true, null, TODAY.toString(), "CAB-12").expect(422)
                .bodyContains("segregation of duties");
        decide("officer", review, item(current, a), true, null, TODAY.toString(), "CAB-12").expect(403);
        decide("lead", review, item(current, a), true, null, null, null).expect(400).bodyContains("cabinetDate");
        decide("lead", review, item(current, a), true, null, TODAY.plusDays(1).toString(), "CAB-12").expect(400)
                .bodyContains("future");
        decide("lead", review, item(current, a), true, null, TODAY.toString(), null).expect(400)
                .bodyContains("cabinetMinute");
        decide("lead", review, item(current, a), true, null, TODAY.minusDays(3).toString(), "CAB/2026/41").expect(200);
        decide("lead2", review, item(current, b), false, null, null, null).expect(400).bodyContains("reason");
        decide("lead2", review, item(current, b), false, "Evidence of ECM compliance missing", null, null).expect(200);
        decide("lead", review, item(current, c), true, "Agreed", null, null).expect(200);
        decide("lead", review, item(current, c), true, "Again", null, null).expect(412);
        current = get("lead", "reviews/" + review).expect(200).json();
        decide("lead", review, item(current, c), true, "Again", null, null).expect(409).bodyContains("already approved");
        post("chris", "reviews/" + review + "/completion", null, "\"" + current.getJsonNumber("version") + "\"")
                .expect(422).bodyContains("segregation of duties");
        post("lead", "reviews/" + review + "/completion", null, "\"" + current.getJsonNumber("version") + "\"")
                .expect(200);
        current = get("officer", "reviews/" + review).expect(200).json();
        assertThat(current.getString("status")).isEqualTo("RECOMMENDING");

        // The returned one goes round again; the approved ones stay approved.
        recommend("officer", review, items(item(current, a)), "EXPIRE", null, "Changed mind").expect(409)
                .bodyContains("approved");
        recommend("officer", review, items(item(current, b)), "EXTEND", 6, "ECM evidence now supplied").expect(200);
        post("officer", "reviews/" + review + "/submission", null, get("officer", "reviews/" + review).etag())
                .expect(200);
        current = get("lead", "reviews/" + review).expect(200).json();
        decide("lead2", review, item(current, b), true, "Agreed", null, null).expect(200);
        post("lead", "reviews/" + review + "/completion", null, get("lead", "reviews/" + review).etag()).expect(200);

        // Then the notices: the provider not extended is told its end date; the extensions are recorded.
        for (int i = 0; i < 100 && !actions("contracts/" + c + "/history").contains("NOT_EXTENDED"); i++) {
            Api.sleep(200);
        }
        assertThat(actions("contracts/" + c + "/history")).contains("RECOMMENDED", "DECISION_APPROVED", "NOT_EXTENDED");
        assertThat(actions("contracts/" + a + "/history")).contains("EXTENSION_APPROVED");
        assertThat(actions("contracts/" + b + "/history")).contains("DECISION_RETURNED", "EXTENSION_APPROVED");
        var decided = get("officer", "reviews/" + review).expect(200).json();
        assertThat(decided.getString("status")).isEqualTo("DECIDED");
        assertThat(item(decided, c).getString("outcome")).isEqualTo("NOTICE_GIVEN");
        assertThat(item(decided, a).getString("outcome")).isEqualTo("DEED_TO_PREPARE");
        assertThat(item(decided, a).getString("cabinetMinute")).isEqualTo("CAB/2026/41");
        var told = get(leaving.username(), "notifications").expect(200).array().stream().map(JsonObject.class::cast)
                .map(n -> n.getString("message")).toList();
        assertThat(told).anyMatch(m -> m.contains("will not be extended") && m.contains(
                uk.council.procurement.platform.UkFormat.date(TODAY.plusMonths(5))));
        // its end date stays: the contract is unchanged, and still live
        assertThat(get("officer", "contracts/" + c).expect(200).json().getString("currentExpiry"))
                .isEqualTo(TODAY.plusMonths(5).toString());
        // the evidence pack as a PDF for the cabinet report: every provider, the decisions and the figures
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(Api.request("officer", "reviews/" + review
                    + "/evidence-pack").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(response.body())) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(text).contains("Extension review " + review).contains(lot1.name()).contains(lot2.name())
                        .contains(leaving.name()).contains("£9,893,001").contains("CAB/2026/41")
                        .contains("visits on time 84%").contains("Too many Lot 2 providers").contains("visit-report.pdf");
            }
            assertThat(Api.send(Api.request(lot1.username(), "reviews/" + review + "/evidence-pack").GET()).status())
                    .isEqualTo(403);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(actions("reviews/" + review + "/history")).contains("SUBMITTED", "APPROVED", "RETURNED",
                "RETURNED_TO_OFFICERS", "DECIDED", "NOTICES_GIVEN");
        // decided for this term: no longer due, and the same round cannot be reviewed again
        assertThat(get("officer", "contracts/" + c).expect(200).json().getBoolean("decisionDue")).isFalse();
        assertThat(get("officer", "contracts/" + a).expect(200).json().getBoolean("decisionDue")).isFalse();
        post("officer", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(422)
                .bodyContains("waiting for an extension decision");
        postFile("quality", itemPath + "?fileName=late.pdf", "application/pdf", pdf).expect(409).bodyContains("decided");
    }
    /** The engine's timers, under the test clock: the daily check starts the review, the warning fires near the deadline. */
    @Test
    void theDailyCheckStartsADueReviewAndLeadsAreWarnedNearTheDeadline() {
        java.time.ZoneId uk = java.time.ZoneId.of("Europe/London");
        // the engine's timer says when the daily check runs next (06:30; later if another test moved the clock)
        var next = java.time.Instant.parse(get("officer", "reviews/schedule").expect(200).json().getString("nextCheckAt"));
        assertThat(next.atZone(uk).toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 30));
        // a notice deadline a week after that run: due, and already inside the fortnight's warning
        LocalDate deadline = next.atZone(uk).toLocalDate().plusDays(7);
        String market = market();
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        Fixtures.admitted(provider, market, Map.of("2", "ADMIT"));
        ContractFixtures.agreement(market, provider, "250000", deadline.plusMonths(3));
        try {
            moveClockTo(next.plusSeconds(20));
            String review = awaitReviewOf(market);
            assertThat(actions("reviews/" + review + "/history").get(0)).isEqualTo("STARTED");
            assertThat(get("officer", "reviews/" + review + "/history").expect(200).array().getJsonObject(0)
                    .getString("actor")).isEqualTo("system");

            // A fortnight before the notice deadline, at 09:00, with nothing decided, leads and officers are told;
            // a review started later than that is warned a minute after it starts.
            moveClockTo(next.plusSeconds(110));
            for (int i = 0; i < 150 && !actions("reviews/" + review + "/history").contains("DEADLINE_NEAR"); i++) {
                Api.sleep(200);
            }
            assertThat(actions("reviews/" + review + "/history")).contains("DEADLINE_NEAR");
            assertThat(get("lead", "notifications").expect(200).array().stream().map(JsonObject.class::cast)
                    .map(n -> n.getString("message"))).anyMatch(m -> m.startsWith("Review " + review));
        } finally {
            Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
        }
    }

    private static String awaitReviewOf(String market) {
        for (int i = 0; i < 150; i++) {
            var found = get("officer", "reviews?max=200").expect(200).json().getJsonArray("rows").stream()
                    .map(JsonObject.class::cast).filter(r -> r.getString("dpsReference").equals(market)).findFirst();
            if (found.isPresent()) {
                return found.get().getString("reference");
            }
            Api.sleep(200);
        }
        throw new AssertionError("The daily check did not start a review of " + market);
    }

    private static void moveClockTo(java.time.Instant now) {
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + now + "\"}"))).expect(200);
    }
}
