package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;
import static uk.council.procurement.onboarding.OnboardingIT.event;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A provider changes its mind: it deletes a draft it no longer wants, or withdraws a submitted
 * application before the council decides it, and may then apply to the same DPS again.
 */
class WithdrawalIT extends ServerTest {

    private static final String WRONG_STATE = "urn:council:dps:problem:wrong-state";
    private static final String REASON = "We are closing the home in the spring";
    private static final String START = "{\"dpsReference\": \"" + Fixtures.OPEN_DPS + "\"}";

    @Test
    void aProviderDeletesItsDraftAndMayStartAnother() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.completeDraft(provider, Fixtures.OPEN_DPS, List.of("R1", "N1"));
        var draft = get(provider.username(), "applications/" + ref).expect(200);
        post(provider.username(), "applications", START, null).expect(409);
        var notSubmitted = post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON),
                draft.etag()).expect(409).json();
        assertThat(notSubmitted.getString("detail")).contains("delete it instead");

        Api.delete(provider.username(), "applications/" + ref, null).expect(428);
        Api.delete(provider.username(), "applications/" + ref, "999999").expect(412);
        get(provider.username(), "applications/" + ref).expect(200);

        Api.delete(provider.username(), "applications/" + ref, draft.etag()).expect(204);
        get(provider.username(), "applications/" + ref).expect(404);
        get(provider.username(), "applications/" + ref + "/documents/SAFEGUARDING_POLICY").expect(404);
        assertThat(references(get(provider.username(), "applications?max=200").expect(200).json())).doesNotContain(ref);
        Api.delete(provider.username(), "applications/" + ref, draft.etag()).expect(404);

        var again = post(provider.username(), "applications", START, null).expect(201).json();
        assertThat(again.getString("reference")).isNotEqualTo(ref);
        assertThat(again.getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void aSubmittedApplicationIsNotDeleted() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R2"));
        var before = get(provider.username(), "applications/" + ref).expect(200);

        var refused = Api.delete(provider.username(), "applications/" + ref, before.etag()).expect(409).json();
        assertThat(refused.getString("type")).isEqualTo(WRONG_STATE);
        assertThat(refused.getString("detail")).contains("under evaluation").contains("only a draft can be deleted");

        var after = get(provider.username(), "applications/" + ref).expect(200);
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(after.json().getString("status")).isEqualTo("UNDER_EVALUATION");
        assertThat(tasks("officer", ref).getInt("total")).isEqualTo(1);
        assertThat(actions("officer", ref)).doesNotContain("DRAFT_DELETED");
    }

    @Test
    void aProviderWithdrawsASubmittedApplicationWithAReasonAndMayApplyAgain() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R3"));
        assertThat(tasks("officer", ref).getInt("total")).isEqualTo(1);
        var current = get(provider.username(), "applications/" + ref).expect(200);

        for (String body : List.of("{}", reason("   "), "{\"reason\": null}")) {
            var refused = post(provider.username(), "applications/" + ref + "/withdrawal", body, current.etag())
                    .expect(400).json();
            assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("field")).as(body).isEqualTo("reason");
        }
        post(provider.username(), "applications/" + ref + "/withdrawal", reason("x".repeat(2001)), current.etag())
                .expect(400);
        post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON), null).expect(428);
        assertThat(get(provider.username(), "applications/" + ref).json().getString("status"))
                .isEqualTo("UNDER_EVALUATION");

        var withdrawn = post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON),
                current.etag()).expect(200);
        assertThat(withdrawn.etag()).isNotEqualTo(current.etag());
        var seen = withdrawn.json();
        assertThat(seen.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(seen.getString("statusLabel")).isEqualTo("Withdrawn");
        assertThat(seen.getString("withdrawnBy")).isEqualTo(provider.username());
        assertThat(seen.getString("withdrawalReason")).isEqualTo(REASON);
        assertThat(seen.containsKey("withdrawnAt")).isTrue();
        assertThat(seen.getJsonArray("currentSteps")).isEmpty();
        assertThat(OnboardingIT.lot(seen, "R3").getString("outcomeLabel")).isEqualTo("Withdrawn");

        // The officers' task is gone with the process, which ended as withdrawn (its timer with it).
        assertThat(tasks("officer", ref).getInt("total")).isZero();
        var forOfficer = get("officer", "applications/" + ref).expect(200).json();
        assertThat(forOfficer.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(forOfficer.containsKey("deadlineWarningAt")).isFalse();
        var steps = get("officer", "applications/" + ref + "/process").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(steps.stream().map(s -> s.getString("name"))).contains("Application withdrawn");
        assertThat(steps).allSatisfy(s -> assertThat(s.containsKey("ended")).as(s.getString("name")).isTrue());
        assertThat(references(get("officer", "applications?status=WITHDRAWN&max=200&text=" + ref).expect(200).json()))
                .containsExactly(ref);
        Fixtures.recommend("officer", ref, Map.of("R3", "ADMIT")).expect(409);

        // The history says who withdrew it, when and why, to the council and to the provider.
        var withdrawal = event(get("officer", "applications/" + ref + "/history").expect(200).array(), "WITHDRAWN");
        assertThat(withdrawal.getString("actor")).isEqualTo(provider.username());
        assertThat(withdrawal.getString("reason")).isEqualTo(REASON);
        assertThat(withdrawal.getString("at")).isNotBlank();
        var seenByProvider = event(get(provider.username(), "applications/" + ref + "/history").expect(200).array(),
                "WITHDRAWN");
        assertThat(seenByProvider.getString("reason")).isEqualTo(REASON);

        // Withdrawn once and for all; the organisation may apply to the DPS again.
        post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON), withdrawn.etag()).expect(409);
        var again = post(provider.username(), "applications", START, null).expect(201).json();
        assertThat(again.getString("reference")).isNotEqualTo(ref);
    }

    @Test
    void anApplicationAwaitingApprovalLeavesTheLeadsInboxWhenWithdrawn() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R4"));
        Fixtures.recommend("officer", ref, Map.of("R4", "ADMIT")).expect(200);
        assertThat(tasks("lead", ref).getInt("total")).isEqualTo(1);

        post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON),
                get(provider.username(), "applications/" + ref).etag()).expect(200);

        assertThat(tasks("lead", ref).getInt("total")).isZero();
        assertThat(get("lead", "applications/" + ref).json().getString("status")).isEqualTo("WITHDRAWN");
        Fixtures.approve("lead", ref).expect(409);
    }

    @Test
    void anotherProviderCannotDeleteOrWithdrawAndStaffMayNot() {
        var owner = Fixtures.provider("GOOD");
        var owner2 = Fixtures.provider("GOOD");
        var other = Fixtures.provider("GOOD");
        String draft = Fixtures.completeDraft(owner, Fixtures.OPEN_DPS, List.of("R5"));
        String submitted = Fixtures.submitted(owner2, Fixtures.OPEN_DPS, List.of("R5"));
        var draftBefore = get(owner.username(), "applications/" + draft).expect(200);
        var submittedBefore = get(owner2.username(), "applications/" + submitted).expect(200);

        var notFound = Api.delete(other.username(), "applications/" + draft, draftBefore.etag()).expect(404).json();
        assertThat(notFound.getString("detail")).doesNotContain(owner.name());
        Api.delete("officer", "applications/" + draft, draftBefore.etag()).expect(403);
        var hidden = post(other.username(), "applications/" + submitted + "/withdrawal", reason(REASON),
                submittedBefore.etag()).expect(404).json();
        assertThat(hidden.getString("detail")).doesNotContain(owner2.name());
        post("officer", "applications/" + submitted + "/withdrawal", reason(REASON), submittedBefore.etag()).expect(403);
        post("lead", "applications/" + submitted + "/withdrawal", reason(REASON), submittedBefore.etag()).expect(403);
        Api.delete("officer", "applications/" + submitted, submittedBefore.etag()).expect(403);

        assertThat(get(owner.username(), "applications/" + draft).expect(200).etag()).isEqualTo(draftBefore.etag());
        var after = get(owner2.username(), "applications/" + submitted).expect(200);
        assertThat(after.etag()).isEqualTo(submittedBefore.etag());
        assertThat(after.json().getString("status")).isEqualTo("UNDER_EVALUATION");
        assertThat(tasks("officer", submitted).getInt("total")).isEqualTo(1);
    }

    @Test
    void aDecidedApplicationIsNotWithdrawn() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("N2"));
        Fixtures.recommend("officer", ref, Map.of("N2", "REJECT")).expect(200);
        Fixtures.approve("lead", ref).expect(200);
        var decided = get(provider.username(), "applications/" + ref).expect(200);
        assertThat(decided.json().getString("status")).isEqualTo("REJECTED");

        var refused = post(provider.username(), "applications/" + ref + "/withdrawal", reason(REASON), decided.etag())
                .expect(409).json();
        assertThat(refused.getString("type")).isEqualTo(WRONG_STATE);
        assertThat(refused.getString("detail")).contains("rejected").contains("not yet decided");

        var after = get(provider.username(), "applications/" + ref).expect(200);
        assertThat(after.etag()).isEqualTo(decided.etag());
        assertThat(after.json().getString("status")).isEqualTo("REJECTED");
        assertThat(actions("officer", ref)).doesNotContain("WITHDRAWN");
    }

    /** The body of a withdrawal. */
    private static String reason(String text) {
        return Json.createObjectBuilder().add("reason", text).build().toString();
    }

    private static JsonObject tasks(String user, String ref) {
        return Api.get(user, "tasks?text=" + ref).expect(200).json();
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("rows").stream().map(JsonObject.class::cast).map(a -> a.getString("reference")).toList();
    }

    private static List<String> actions(String user, String ref) {
        return get(user, "applications/" + ref + "/history").expect(200).array().stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action")).toList();
    }
}
