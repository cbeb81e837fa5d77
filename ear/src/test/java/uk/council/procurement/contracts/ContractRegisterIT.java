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
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * The contract register through the real stack: markets and agreements registered as they open and
 * admit, the Bury terms and their refusals, the cost of an extension, corrections with versions and
 * reasons, what is due, and the eligibility query honouring an agreement's end.
 */
class ContractRegisterIT extends ServerTest {

    /** The demo's Bury care at home framework (PCR 2015, 25/10/2021 to 24/10/2024). */
    private static final String BURY = "BURY-CAH-2021";

    private static String agreement(String dps, long providerId, LocalDate commencement, LocalDate expiry, int notice,
            String extra) {
        return """
                {"dps": "%s", "providerId": %d, "title": "Care at home, Lot 1", "commencement": "%s", "expiry": "%s",
                 "longestExtensionMonths": 24, "extensionsAllowed": 2, "longestTotalMonths": 60, "noticeMonths": %d,
                 "rate": 19.85, "rateUnit": "PER_HOUR", "annualSpend": 9139875, "reason": "Signed on paper in 2021"%s}
                """.formatted(dps, providerId, commencement, expiry, notice, extra);
    }

    private static String terms(String commencement, String expiry, int notice, String reason) {
        return """
                {"title": "Care at home, Lot 1", "commencement": "%s", "expiry": "%s", "longestExtensionMonths": 24,
                 "extensionsAllowed": 2, "longestTotalMonths": 60, "noticeMonths": %d, "rate": 19.85,
                 "rateUnit": "PER_HOUR", "annualSpend": 9139875, "reason": %s}
                """.formatted(commencement, expiry, notice, reason == null ? "null" : "\"" + reason + "\"");
    }

    @Test
    void theBuryTermsAreEnforcedAndTheCostIsWorkedOut() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String body = agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "");
        post("lead", "contracts", body, null).expect(403);
        post(provider.username(), "contracts", body, null).expect(403);
        var created = post("officer", "contracts", body, null).expect(201);
        var contract = created.json();
        String ref = contract.getString("reference");
        assertThat(ref).matches("FA-2021-\\d{5,}");
        assertThat(contract.getString("noticeDeadline")).isEqualTo("2024-07-24");
        assertThat(contract.getString("latestEnd")).isEqualTo("2026-10-24");
        assertThat(contract.getString("status")).isEqualTo("Ended");
        assertThat(contract.getString("rateLabel")).isEqualTo("£19.85 an hour");
        post("officer", "contracts", body, null).expect(409).bodyContains("already has an agreement under " + BURY);

        // The report's figures: 12 months notified on the last day, £9,139,875 with an 8.24% uplift.
        var check = get("lead", "contracts/" + ref + "/extension-check?months=12&notifiedOn=2024-07-24&uplift=8.24")
                .expect(200).json();
        assertThat(check.getString("newExpiry")).isEqualTo("2025-10-24");
        assertThat(check.getJsonNumber("cost").bigDecimalValue()).isEqualByComparingTo("9893000.70");
        assertThat(check.getJsonNumber("costRounded").bigDecimalValue()).isEqualByComparingTo("9893001");
        assertThat(get("quality", "contracts/" + ref + "/extension-check?months=18&notifiedOn=2024-07-01&uplift=8.24")
                .expect(200).json().getJsonNumber("costRounded").bigDecimalValue()).isEqualByComparingTo("14839501");

        // Each rule refuses with its dates.
        get("officer", "contracts/" + ref + "/extension-check?months=12&notifiedOn=2024-07-25").expect(422)
                .bodyContains("had to be given by 24/07/2024").bodyContains("25/07/2024 is too late");
        get("officer", "contracts/" + ref + "/extension-check?months=25&notifiedOn=2024-07-01").expect(422)
                .bodyContains("at most 2 years at a time");
        get("officer", "contracts/" + ref + "/extension-check?months=0&notifiedOn=2024-07-01").expect(422);
        get("officer", "contracts/" + ref + "/extension-check?months=12&notifiedOn=2024-07-01&uplift=101").expect(422);
        get("officer", "contracts/" + ref + "/extension-check?months=twelve").expect(400).bodyContains("months");
        get("officer", "contracts/" + ref + "/extension-check?months=12&notifiedOn=24/07/2024").expect(400)
                .bodyContains("notifiedOn");
        get("officer", "contracts/" + ref + "/extension-check").expect(400).bodyContains("months");
        get(provider.username(), "contracts/" + ref + "/extension-check?months=12").expect(403);

        // The provider sees its own agreement; another provider does not, nor the market's contract.
        get(provider.username(), "contracts/" + ref).expect(200);
        var other = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        get(other.username(), "contracts/" + ref).expect(404);
        get(other.username(), "contracts/" + ref + "/history").expect(403); // the history holds staff's reasons
        get(provider.username(), "contracts/" + BURY).expect(404);
        assertThat(get(other.username(), "contracts?max=200").expect(200).json().getJsonNumber("total").longValue())
                .isZero();
        assertThat(references(get(provider.username(), "contracts?max=200").expect(200).json())).containsExactly(ref);
        get(provider.username(), "contracts/due").expect(403);

        // Corrections need the version read and a reason; the history keeps before and after.
        var read = get("officer", "contracts/" + ref).expect(200);
        String sixMonths = terms("2021-10-25", "2024-10-24", 6, "Clause 3.2 says six months");
        put("officer", "contracts/" + ref, sixMonths, null).expect(428);
        put("lead", "contracts/" + ref, sixMonths, read.etag()).expect(403);
        put("officer", "contracts/" + ref, terms("2021-10-25", "2024-10-24", 6, null), read.etag()).expect(400)
                .bodyContains("reason");
        var changed = put("officer", "contracts/" + ref, sixMonths, read.etag()).expect(200);
        assertThat(changed.json().getString("noticeDeadline")).isEqualTo("2024-04-24");
        put("officer", "contracts/" + ref, sixMonths, read.etag()).expect(412);
        var history = get("lead", "contracts/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(history.stream().map(h -> h.getString("action"))).containsExactly("REGISTERED", "CHANGED");
        assertThat(history.get(1).getString("actor")).isEqualTo("officer");
        assertThat(history.get(1).getString("reason")).isEqualTo("Clause 3.2 says six months");
        assertThat(history.get(1).getString("details")).contains("notice 3 months before expiry")
                .contains("notice 6 months before expiry");
    }

    @Test
    void badTermsAreRefusedAndChangeNothing() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        for (String bad : List.of(
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2021, 10, 24), 3, ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2026, 10, 25), 3, ""),
                agreement(BURY, provider.id(), LocalDate.of(1021, 10, 25), LocalDate.of(2024, 10, 24), 3, ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 25, ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), -1, ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3,
                        ", \"unknown\": 1"),
                agreement(BURY, 999_999_999L, LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, ""),
                agreement("NO-SUCH-DPS", provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"reason\": \"Signed on paper in 2021\"", "\"reason\": \"" + "x".repeat(2001) + "\""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"title\": \"Care at home, Lot 1\"", "\"title\": \"" + "t".repeat(201) + "\""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"rateUnit\": \"PER_HOUR\", ", ""),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"annualSpend\": 9139875", "\"annualSpend\": -1"),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"rate\": 19.85", "\"rate\": 19.857"),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"longestTotalMonths\": 60", "\"longestTotalMonths\": 100000000000"),
                agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 3, "")
                        .replace("\"expiry\": \"2024-10-24\"", "\"expiry\": \"24/10/2024\""))) {
            var refused = post("officer", "contracts", bad, null);
            assertThat(refused.status()).as(bad).isIn(400, 404, 422);
            assertThat(refused.header("Content-Type")).as(bad).contains("application/problem+json");
        }
        assertThat(get(provider.username(), "contracts").expect(200).json().getJsonNumber("total").longValue()).isZero();
        get("officer", "contracts?status=open").expect(400).bodyContains("status");
        get("officer", "contracts?kind=lease").expect(400).bodyContains("kind");
        get("officer", "contracts?sort=title").expect(400).bodyContains("sort");
        get("officer", "contracts?dueWithinMonths=0").expect(400).bodyContains("dueWithinMonths");
        get("officer", "contracts?dueWithinMonths=37").expect(400);
        get("officer", "contracts?max=201").expect(400);
        get("officer", "contracts/due?months=0").expect(400);
        get("officer", "contracts/NO-SUCH-CONTRACT").expect(404);
        get("officer", "contracts/" + "X".repeat(41)).expect(400);
    }

    @Test
    void marketsAndAdmissionsAreRegisteredAndAnEndedAgreementTakesNoCallOffs() {
        String market = Fixtures.openMarket("CARE_AT_HOME", "GOOD", false, null);
        var marketContract = get("officer", "contracts/" + market).expect(200).json();
        assertThat(marketContract.getString("kind")).isEqualTo("MARKET");
        assertThat(marketContract.getString("commencement")).isEqualTo(LocalDate.now().minusMonths(1).toString());
        assertThat(marketContract.getString("currentExpiry")).isEqualTo(LocalDate.now().plusYears(3).toString());

        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        var agreements = get("officer", "contracts?kind=agreement&dps=" + market).expect(200).json();
        assertThat(agreements.getJsonNumber("total").longValue()).isEqualTo(1);
        var agreement = agreements.getJsonArray("rows").getJsonObject(0);
        String ref = agreement.getString("reference");
        assertThat(agreement.getJsonNumber("providerId").longValue()).isEqualTo(provider.id());
        assertThat(agreement.getString("commencement")).isEqualTo(LocalDate.now().toString());
        assertThat(agreement.getString("currentExpiry")).isEqualTo(marketContract.getString("currentExpiry"));
        assertThat(get("officer", "contracts/" + ref + "/history").expect(200).array().getJsonObject(0)
                .getString("action")).isEqualTo("REGISTERED");

        long lot = Fixtures.lots("officer", market).get("1");
        String eligible = "dps/" + market + "/lots/" + lot + "/eligible-locations";
        assertThat(Fixtures.locationIds(get("officer", eligible).expect(200).array())).containsExactly(provider.locationId());

        // Its end date moves into the past (a correction: it was never extended): no new call-offs reach it.
        var read = get("officer", "contracts/" + ref).expect(200);
        var ended = put("officer", "contracts/" + ref, """
                {"title": "Ended agreement", "commencement": "%s", "expiry": "%s", "longestExtensionMonths": 12,
                 "extensionsAllowed": 0, "longestTotalMonths": 24, "noticeMonths": 3, "reason": "Ended by notice"}
                """.formatted(LocalDate.now().minusMonths(2), LocalDate.now().minusDays(1)), read.etag()).expect(200);
        assertThat(ended.json().getString("status")).isEqualTo("Ended");
        assertThat(get("officer", eligible).expect(200).array()).isEmpty();
        assertThat(references(get("officer", "contracts?status=ended&dps=" + market).expect(200).json())).containsExactly(ref);
    }

    @Test
    void theRegisterShowsWhatNeedsADecisionSoon() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        LocalDate today = LocalDate.now();
        // notice 3 months before an expiry four months away: the deadline is a month away
        String ref = post("officer", "contracts", agreement(BURY, provider.id(), today.minusYears(2), today.plusMonths(4), 3,
                ""), null).expect(201).json().getString("reference");
        var due = get("officer", "contracts?dueWithinMonths=6&text=" + provider.name().replace(" ", "%20") + "&max=200")
                .expect(200).json();
        assertThat(references(due)).containsExactly(ref);
        assertThat(due.getJsonArray("rows").getJsonObject(0).getBoolean("decisionDue")).isTrue();
        assertThat(references(get("officer", "contracts?dueWithinMonths=6&text=" + BURY + "&max=200").expect(200).json()))
                .doesNotContain(BURY);
        var counts = get("lead", "contracts/due?months=6").expect(200).json();
        assertThat(counts.getJsonNumber("decisionsDue").longValue()).isPositive();
        assertThat(counts.getString("horizon")).isEqualTo(today.plusMonths(6).toString());

        // Sorted by notice deadline by default; the other sorts are allowed.
        for (String sort : List.of("notice", "expiry", "reference", "provider", "commencement")) {
            get("legal", "contracts?sort=" + sort + "&descending=true&max=5").expect(200);
        }
    }

    @Test
    void officersRecordKpisPerQuarterAndTheProviderReadsItsOwn() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String ref = post("officer", "contracts", agreement(BURY, provider.id(), LocalDate.of(2021, 10, 25),
                LocalDate.of(2024, 10, 24), 3, ""), null).expect(201).json().getString("reference");
        String q1 = """
                {"financialYear": 2023, "quarter": 1, "visitsOnTimePercent": 86.5, "complaints": 2,
                 "staffTurnoverPercent": 31, "ecmCompliancePercent": 97.25, "note": "ECM upgraded in May"}""";
        post("lead", "contracts/" + ref + "/kpis", q1, null).expect(403);
        post(provider.username(), "contracts/" + ref + "/kpis", q1, null).expect(403);
        var recorded = post("quality", "contracts/" + ref + "/kpis", q1, null).expect(201);
        assertThat(recorded.json().getString("label")).isEqualTo("2023/24 Q1");
        assertThat(recorded.json().getString("quarterEnd")).isEqualTo("2023-06-30");
        assertThat(recorded.json().getJsonArray("offTarget").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString))
                .containsExactly("visits on time 86.5% (target 90%)", "staff turnover 31% (at most 30%)");
        post("officer", "contracts/" + ref + "/kpis", q1, null).expect(409).bodyContains("already recorded");
        post("officer", "contracts/" + ref + "/kpis", """
                {"financialYear": 2023, "quarter": 4, "complaints": 0}""", null).expect(201);

        // Quarters outside the contract or not started, no measure, out-of-range figures: refused.
        for (String bad : List.of(
                "{\"financialYear\": 2024, \"quarter\": 4, \"complaints\": 1}",
                "{\"financialYear\": 2021, \"quarter\": 1, \"complaints\": 1}",
                "{\"financialYear\": 2099, \"quarter\": 1, \"complaints\": 1}",
                "{\"financialYear\": 2023, \"quarter\": 2}",
                "{\"financialYear\": 2023, \"quarter\": 5, \"complaints\": 1}",
                "{\"financialYear\": 2023, \"quarter\": 2, \"visitsOnTimePercent\": 100.01}",
                "{\"financialYear\": 2023, \"quarter\": 2, \"ecmCompliancePercent\": -1}",
                "{\"financialYear\": 2023, \"quarter\": 2, \"staffTurnoverPercent\": 12.345}",
                "{\"financialYear\": 2023, \"quarter\": 2, \"complaints\": 10000}",
                "{\"quarter\": 2, \"complaints\": 1}")) {
            assertThat(post("officer", "contracts/" + ref + "/kpis", bad, null).status()).as(bad).isIn(400, 422);
        }

        var quarters = get(provider.username(), "contracts/" + ref + "/kpis").expect(200).array();
        assertThat(quarters.stream().map(JsonObject.class::cast).map(k -> k.getString("label")))
                .containsExactly("2023/24 Q4", "2023/24 Q1");
        var other = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        get(other.username(), "contracts/" + ref + "/kpis").expect(404);

        // A correction: the version read and a reason; the quarter itself cannot move.
        long id = recorded.json().getJsonNumber("id").longValue();
        String corrected = q1.replace("86.5", "91").replace("}", ", \"reason\": \"Provider resubmitted its return\"}");
        put("officer", "contracts/" + ref + "/kpis/" + id, corrected, null).expect(428);
        put("officer", "contracts/" + ref + "/kpis/" + id, q1, recorded.etag()).expect(400).bodyContains("reason");
        put("officer", "contracts/" + ref + "/kpis/" + id, corrected.replace("\"quarter\": 1", "\"quarter\": 2"),
                recorded.etag()).expect(422);
        var changed = put("quality", "contracts/" + ref + "/kpis/" + id, corrected, recorded.etag()).expect(200).json();
        assertThat(changed.getJsonArray("offTarget")).hasSize(1);
        put("officer", "contracts/" + ref + "/kpis/" + id, corrected, recorded.etag()).expect(412);
        put("officer", "contracts/" + ref + "/kpis/999999999", corrected, recorded.etag()).expect(404);
        var actions = get("officer", "contracts/" + ref + "/history").expect(200).array().stream()
                .map(JsonObject.class::cast).map(h -> h.getString("action")).toList();
        assertThat(actions).containsExactly("REGISTERED", "KPI_RECORDED", "KPI_RECORDED", "KPI_CHANGED");
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("rows").stream().map(JsonObject.class::cast).map(r -> r.getString("reference")).toList();
    }
}
