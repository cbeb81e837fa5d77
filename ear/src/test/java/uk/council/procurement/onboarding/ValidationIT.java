package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.it.Api.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/** Bad input and steps out of turn are refused with a clear problem response, and change nothing. */
class ValidationIT extends ServerTest {

    @Test
    void aRegistrationWithBadFieldsListsEveryProblemAndCreatesNothing() {
        String suffix = Api.unique();
        var problem = post(null, "providers/registrations", """
                {"organisation": {"name": "", "companyNumber": "123", "addressLine1": "1 Street", "town": "Bury",
                  "postcode": "NOT A POSTCODE", "contactName": "A", "contactEmail": "not-an-email"},
                 "username": "u-%s", "password": "%s", "fullName": "A", "email": "a@b.example"}
                """.formatted(suffix, Api.PASSWORD), null).expect(400).json();
        assertThat(problem.getString("title")).isEqualTo("Invalid input");
        assertThat(fields(problem)).contains("name", "companyNumber", "address.postcode", "contactEmail");
        assertThat(messageOf(problem, "address.postcode")).contains("UK postcode");

        var weak = post(null, "providers/registrations", """
                {"organisation": {"name": "Weak Password %s Ltd", "addressLine1": "1 Street", "town": "Bury",
                  "postcode": "BL9 0EJ", "contactName": "A", "contactEmail": "a@b.example"},
                 "username": "u-%s", "password": "short", "fullName": "A", "email": "a@b.example"}
                """.formatted(suffix, suffix), null).expect(400).json();
        assertThat(messageOf(weak, "password")).contains("at least 12 characters");
        // Nothing was created: the same username and name register fine now.
        post(null, "providers/registrations", """
                {"organisation": {"name": "Weak Password %s Ltd", "addressLine1": "1 Street", "town": "Bury",
                  "postcode": "BL9 0EJ", "contactName": "A", "contactEmail": "a@b.example"},
                 "username": "u-%s", "password": "%s", "fullName": "A", "email": "a@b.example"}
                """.formatted(suffix, suffix, Api.PASSWORD), null).expect(201);
        var taken = post(null, "providers/registrations", """
                {"organisation": {"name": "Other %s Ltd", "addressLine1": "1 Street", "town": "Bury",
                  "postcode": "BL9 0EJ", "contactName": "A", "contactEmail": "a@b.example"},
                 "username": "u-%s", "password": "%s", "fullName": "A", "email": "a@b.example"}
                """.formatted(suffix, suffix, Api.PASSWORD), null).expect(400).json();
        assertThat(messageOf(taken, "username")).contains("taken");
    }

    @Test
    void malformedRequestsGetProblemResponses() {
        var provider = Fixtures.provider("GOOD");
        var notJson = post(provider.username(), "applications", "{not json", null).expect(400).json();
        assertThat(notJson.getString("title")).isEqualTo("Unreadable request body");
        var draft = post(provider.username(), "applications", "{\"dpsReference\": \"" + Fixtures.OPEN_DPS + "\"}", null)
                .expect(201);
        String ref = draft.json().getString("reference");
        var badDate = put(provider.username(), "applications/" + ref + "/draft",
                "{\"lotIds\": [], \"insuranceExpiresOn\": \"31/02/2027\"}", draft.etag()).expect(400).json();
        assertThat(badDate.getString("type")).isEqualTo("urn:council:dps:problem:invalid-input");
        put(provider.username(), "applications/" + ref + "/draft", "{\"lotIds\": []}", null).expect(428);
        get("officer", "applications?status=NONSENSE").expect(400);
        get("officer", "applications/APP-1999-99999").expect(404);
        var unknownPath = get("officer", "no-such-thing").expect(404);
        assertThat(unknownPath.header("Content-Type")).startsWith("application/problem+json");
        Api.putBytes(provider.username(), "applications/" + ref + "/documents/SAFEGUARDING_POLICY", "text/plain",
                "hello".getBytes()).expect(415);
        var tooBig = Api.putBytes(provider.username(), "applications/" + ref + "/documents/SAFEGUARDING_POLICY",
                "application/pdf", new byte[5 * 1024 * 1024 + 1]).expect(413).json();
        assertThat(tooBig.getString("detail")).contains("larger than 5 MB");
        Api.putBytes(provider.username(), "applications/" + ref + "/documents/CV", "application/pdf", Api.pdf()).expect(400);
        var insurance = put(provider.username(), "applications/" + ref + "/draft",
                "{\"lotIds\": [], \"employersLiabilityCover\": 1000}", draft.etag()).expect(400).json();
        assertThat(messageOf(insurance, "insurance.employersLiabilityCover")).contains("£5,000,000");
        assertThat(get(provider.username(), "applications/" + ref).json().getJsonObject("insurance")).isEmpty();
    }

    @Test
    void anApplicationCannotIncludeALotOfAnotherDps() {
        var provider = Fixtures.provider("GOOD");
        var draft = post(provider.username(), "applications", "{\"dpsReference\": \"" + Fixtures.OPEN_DPS + "\"}", null)
                .expect(201);
        String ref = draft.json().getString("reference");
        long otherDpsLot = Fixtures.lots("officer", "SCC-CH-DPS-2017").get("R1");
        var refused = put(provider.username(), "applications/" + ref + "/draft",
                "{\"lotIds\": [" + otherDpsLot + "]}", draft.etag()).expect(422).json();
        assertThat(refused.getString("detail")).contains("belongs to DPS SCC-CH-DPS-2017");
        put(provider.username(), "applications/" + ref + "/draft", "{\"lotIds\": [987654321]}", draft.etag()).expect(422);
        assertThat(get(provider.username(), "applications/" + ref).json().getJsonArray("lots")).isEmpty();
    }

    @Test
    void submittingTwiceOrIncompleteOrToAClosedDpsIsRefused() {
        var provider = Fixtures.provider("GOOD");
        var empty = post(provider.username(), "applications", "{\"dpsReference\": \"" + Fixtures.OPEN_DPS + "\"}", null)
                .expect(201);
        var incomplete = post(provider.username(), "applications/" + empty.json().getString("reference") + "/submission",
                null, empty.etag()).expect(400).json();
        assertThat(fields(incomplete)).contains("lots", "insurance", "documents.SAFEGUARDING_POLICY");
        var second = post(provider.username(), "applications", "{\"dpsReference\": \"" + Fixtures.OPEN_DPS + "\"}", null)
                .expect(409).json();
        assertThat(second.getString("detail")).contains("already has application");

        var another = Fixtures.provider("GOOD");
        String ref = Fixtures.completeDraft(another, Fixtures.OPEN_DPS, List.of("R1"));
        var current = get(another.username(), "applications/" + ref);
        post(another.username(), "applications/" + ref + "/submission", null, current.etag()).expect(200);
        // The old ETag (a double click) and the current one both get the same answer.
        var doubleClick = post(another.username(), "applications/" + ref + "/submission", null, current.etag())
                .expect(409).json();
        assertThat(doubleClick.getString("detail")).contains("already submitted");
        var twice = post(another.username(), "applications/" + ref + "/submission", null,
                get(another.username(), "applications/" + ref).etag()).expect(409).json();
        assertThat(twice.getString("detail")).contains("already submitted");

        // The Staffordshire DPS's term ended on 30/09/2019.
        var closed = post(provider.username(), "applications", "{\"dpsReference\": \"SCC-CH-DPS-2017\"}", null)
                .expect(409).json();
        assertThat(closed.getString("detail")).contains("30/09/2019");
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R5"));
        Fixtures.recommend("officer", ref, Map.of("R5", "ADMIT")).expect(200);
        Fixtures.approve("lead", ref).expect(200);

        var again = Fixtures.approve("lead2", ref).expect(409).json();
        assertThat(again.getString("detail")).contains("not waiting for approval");
        Fixtures.recommend("officer", ref, Map.of("R5", "REJECT")).expect(409);
        var history = get("officer", "applications/" + ref + "/history").array();
        assertThat(history.stream().map(JsonObject.class::cast).filter(e -> "APPROVED".equals(e.getString("action"))))
                .hasSize(1);
    }

    @Test
    void recommendationsNeedAnOutcomeForEveryLotAndReasonsForTheProvider() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R1", "R2"));
        var current = get("officer", "applications/" + ref);
        long r1 = current.json().getJsonArray("lots").stream().map(JsonObject.class::cast)
                .filter(l -> "R1".equals(l.getString("code"))).findFirst().orElseThrow().getJsonNumber("lotId").longValue();
        var missing = post("officer", "applications/" + ref + "/recommendation",
                "{\"lots\": [{\"lotId\": " + r1 + ", \"outcome\": \"REJECT\", \"reason\": \"no\"}]}", current.etag())
                .expect(400).json();
        assertThat(fields(missing)).contains("lots[0].reason", "lots");
        assertThat(messageOf(missing, "lots[0].reason")).contains("reason");
        assertThat(get("officer", "applications/" + ref).json().getString("status")).isEqualTo("UNDER_EVALUATION");
    }

    @Test
    void dpsRulesOfEachRegimeAreEnforced() {
        String ref = "IT-" + Api.unique().toUpperCase();
        var pcrTooLate = post("officer", "dps", """
                {"reference": "%s", "title": "Late DPS", "regime": "PCR_2015_DPS", "termStart": "2026-01-01",
                 "termEnd": "2028-01-01", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 10, "extendedEvaluationWorkingDays": 15}
                """.formatted(ref), null).expect(422).json();
        assertThat(pcrTooLate.getString("detail")).contains("before 24/02/2025");
        var pcrBeyondLongstop = post("officer", "dps", """
                {"reference": "%s", "title": "Long DPS", "regime": "PCR_2015_DPS", "termStart": "2024-01-01",
                 "termEnd": "2030-01-01", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 10, "extendedEvaluationWorkingDays": 15}
                """.formatted(ref), null).expect(422).json();
        assertThat(pcrBeyondLongstop.getString("detail")).contains("23/02/2029");
        var pcrClock = post("officer", "dps", """
                {"reference": "%s", "title": "Slow DPS", "regime": "PCR_2015_DPS", "termStart": "2024-01-01",
                 "termEnd": "2027-01-01", "extensionOptions": 0, "extensionMonths": 12,
                 "evaluationWorkingDays": 20, "extendedEvaluationWorkingDays": 25}
                """.formatted(ref), null).expect(422).json();
        assertThat(pcrClock.getString("detail")).contains("10 working days");
        var backwards = post("officer", "dps", """
                {"reference": "%s", "title": "Backwards", "regime": "PA_2023_DYNAMIC_MARKET", "termStart": "%s",
                 "termEnd": "2025-06-01", "extensionOptions": 0, "extensionMonths": 12, "evaluationWorkingDays": 10}
                """.formatted(ref, LocalDate.of(2026, 1, 1)), null).expect(422).json();
        assertThat(backwards.getString("detail")).contains("must be after term start");
        var badFields = post("officer", "dps", """
                {"reference": "lower case!", "title": "", "regime": "PA_2023_DYNAMIC_MARKET", "termStart": "2026-01-01",
                 "termEnd": "2029-01-01", "extensionOptions": 9, "extensionMonths": 12, "evaluationWorkingDays": 0}
                """, null).expect(400).json();
        assertThat(fields(badFields)).contains("reference", "title", "extensionOptions", "evaluationClock.workingDays");
        get("officer", "dps/" + ref).expect(404);
    }

    static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(JsonObject.class::cast).map(e -> e.getString("field"))
                .collect(Collectors.toList());
    }

    static String messageOf(JsonObject problem, String field) {
        return problem.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .filter(e -> field.equals(e.getString("field"))).map(e -> e.getString("message")).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem));
    }
}
