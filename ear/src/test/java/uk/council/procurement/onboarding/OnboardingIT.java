package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;
import uk.council.procurement.platform.WorkingDayCalendar;

/**
 * The onboarding story through the REST API on the real server, process engine and database: a
 * provider applies, an officer recommends, a lead approves, the provider accepts and is admitted.
 */
class OnboardingIT extends ServerTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final WorkingDayCalendar calendar = new WorkingDayCalendar();

    @Test
    void aProviderIsAdmittedToTheLotsDecidedAndSeesWhy() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.completeDraft(provider, Fixtures.OPEN_DPS, List.of("R1", "N1"));
        var draft = get(provider.username(), "applications/" + ref).expect(200);
        var submitted = post(provider.username(), "applications/" + ref + "/submission", null, draft.etag()).expect(200).json();

        LocalDate today = LocalDate.now(UK);
        assertThat(LocalDate.parse(submitted.getString("dueDate")))
                .as("decided within 10 working days of submission").isEqualTo(calendar.addWorkingDays(today, 10));
        var checked = Api.awaitStatus(provider.username(), ref, "UNDER_EVALUATION");
        assertThat(checked.getJsonArray("currentSteps").getString(0)).isEqualTo("Evaluate application");

        // The officer sees the automatic check and the leads' warning timer.
        var forOfficer = get("officer", "applications/" + ref).expect(200).json();
        assertThat(lot(forOfficer, "R1").getString("suggestedOutcome")).isEqualTo("ADMIT");
        assertThat(Instant.parse(forOfficer.getString("deadlineWarningAt")).atZone(UK).toLocalDateTime())
                .as("leads warned at 09:00 two working days before the due date")
                .isEqualTo(calendar.subtractWorkingDays(LocalDate.parse(submitted.getString("dueDate")), 2).atTime(9, 0));

        Fixtures.recommend("officer", ref, ordered("R1", "ADMIT", "N1", "REJECT")).expect(200);
        assertThat(get("lead", "applications/" + ref).json().getString("status")).isEqualTo("AWAITING_APPROVAL");
        // Before the decision, the provider sees no outcome and none of the council's working.
        var pending = get(provider.username(), "applications/" + ref).expect(200).json();
        assertThat(lot(pending, "N1").getString("outcomeLabel")).isEqualTo("Pending");
        assertThat(lot(pending, "N1").containsKey("recommendedOutcome")).isFalse();
        assertThat(pending.containsKey("recommendedBy")).isFalse();

        Fixtures.approve("lead", ref).expect(200);
        var decided = get(provider.username(), "applications/" + ref).expect(200).json();
        assertThat(decided.getString("status")).isEqualTo("AWAITING_AGREEMENT");
        assertThat(lot(decided, "R1").getString("outcome")).isEqualTo("ADMIT");
        assertThat(lot(decided, "N1").getString("outcome")).isEqualTo("REJECT");
        assertThat(lot(decided, "N1").getString("outcomeReason")).startsWith("Reason for N1");

        var accepted = post(provider.username(), "applications/" + ref + "/agreement", null,
                get(provider.username(), "applications/" + ref).etag()).expect(200).json();
        assertThat(accepted.getString("agreementAcceptedBy")).isEqualTo(provider.username());
        Api.awaitStatus(provider.username(), ref, "ADMITTED");

        var admissions = get(provider.username(), "providers/" + provider.id() + "/admissions").expect(200).array();
        assertThat(admissions).hasSize(1);
        assertThat(admissions.getJsonObject(0).getString("lotCode")).isEqualTo("R1");
        assertThat(admissions.getJsonObject(0).getString("status")).isEqualTo("ACTIVE");

        long r1 = Fixtures.lots("officer", Fixtures.OPEN_DPS).get("R1");
        var eligible = get("officer", "dps/" + Fixtures.OPEN_DPS + "/lots/" + r1 + "/eligible-locations").expect(200).array();
        assertThat(eligible.stream().map(JsonObject.class::cast).map(l -> l.getString("providerName")))
                .contains(provider.name());

        // Every decision is recorded with who, when and why, and the process shows who did each task.
        var history = get("officer", "applications/" + ref + "/history").expect(200).array();
        assertThat(history.stream().map(JsonObject.class::cast).map(e -> e.getString("action")))
                .containsSubsequence("SUBMITTED", "CHECKED", "RECOMMENDED", "APPROVED", "AGREEMENT_ACCEPTED", "ADMITTED");
        var approved = event(history, "APPROVED");
        assertThat(approved.getString("actor")).isEqualTo("lead");
        assertThat(approved.getString("actorName")).isEqualTo("Helen Carter");
        assertThat(approved.getString("reason")).isEqualTo("Agreed");
        assertThat(approved.getString("details")).contains("N1: Rejected (Reason for N1");
        assertThat(event(history, "RECOMMENDED").getString("actor")).isEqualTo("officer");
        assertThat(event(history, "ADMITTED").getString("actor")).isEqualTo("system");
        var steps = get("officer", "applications/" + ref + "/process").expect(200).array().stream()
                .map(JsonObject.class::cast).toList();
        assertThat(steps.stream().filter(s -> "Approve decision".equals(s.getString("name"))).findFirst().orElseThrow()
                .getString("completedBy")).isEqualTo("Helen Carter");
        assertThat(steps.stream().map(s -> s.getString("name"))).contains("Provider admitted");

        // The provider's history shows the decision but not who recommended what inside the council.
        var providerHistory = get(provider.username(), "applications/" + ref + "/history").expect(200).array();
        assertThat(providerHistory.stream().map(JsonObject.class::cast).map(e -> e.getString("action")))
                .contains("APPROVED").doesNotContain("RECOMMENDED", "CHECKED");
    }

    @Test
    void anInadequateProviderJoinsSuspendedOnlyWhereTheLotAllowsIt() {
        var provider = Fixtures.provider("INADEQUATE");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R2"));
        var checked = get("officer", "applications/" + ref).json();
        assertThat(lot(checked, "R2").getString("suggestedOutcome")).isEqualTo("ADMIT_SUSPENDED");
        assertThat(lot(checked, "R2").getString("checkNote")).contains("Inadequate");

        var refused = Fixtures.recommend("officer", ref, Map.of("R2", "ADMIT")).expect(400).json();
        assertThat(refused.getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("Inadequate can only be admitted as suspended");
        assertThat(get("officer", "applications/" + ref).json().getString("status")).isEqualTo("UNDER_EVALUATION");

        Fixtures.recommend("officer", ref, Map.of("R2", "ADMIT_SUSPENDED")).expect(200);
        Fixtures.approve("lead", ref).expect(200);
        post(provider.username(), "applications/" + ref + "/agreement", null,
                get(provider.username(), "applications/" + ref).etag()).expect(200);
        Api.awaitStatus(provider.username(), ref, "ADMITTED");

        var admission = get(provider.username(), "providers/" + provider.id() + "/admissions").array().getJsonObject(0);
        assertThat(admission.getString("status")).isEqualTo("SUSPENDED");
        assertThat(admission.getString("suspensionReason")).startsWith("Reason for R2");
        long r2 = Fixtures.lots("officer", Fixtures.OPEN_DPS).get("R2");
        var eligible = get("officer", "dps/" + Fixtures.OPEN_DPS + "/lots/" + r2 + "/eligible-locations").array();
        assertThat(eligible.stream().map(JsonObject.class::cast).map(l -> l.getString("providerName")))
                .as("a suspended provider receives no call-offs").doesNotContain(provider.name());
    }

    @Test
    void aLotThatDoesNotAdmitInadequateProvidersSuggestsRejection() {
        String dps = DpsFixtures.openDynamicMarket("GOOD", false);
        var provider = Fixtures.provider("INADEQUATE");
        String ref = Fixtures.submitted(provider, dps, List.of("1"));
        var checked = get("officer", "applications/" + ref).json();
        assertThat(lot(checked, "1").getString("suggestedOutcome")).isEqualTo("REJECT");
        // The dynamic market's own clock: 15 working days, no extension.
        assertThat(LocalDate.parse(checked.getString("dueDate")))
                .isEqualTo(calendar.addWorkingDays(LocalDate.parse(checked.getString("submittedOn")), 15));
        assertThat(checked.getBoolean("deadlineExtendable")).isFalse();

        Fixtures.recommend("officer", ref, Map.of("1", "ADMIT_SUSPENDED")).expect(400);
        Fixtures.recommend("officer", ref, Map.of("1", "REJECT")).expect(200);
        Fixtures.approve("lead", ref).expect(200);
        var rejected = get(provider.username(), "applications/" + ref).json();
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(lot(rejected, "1").getString("outcomeReason")).isNotBlank();
        assertThat(rejected.getJsonArray("currentSteps")).isEmpty();
        // Nothing to accept.
        post(provider.username(), "applications/" + ref + "/agreement", null, rejected.getJsonNumber("version").toString())
                .expect(409);
    }

    @Test
    void theDeadlineIsExtendedOnceTo15WorkingDaysWithAJustification() {
        var provider = Fixtures.provider("OUTSTANDING");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R3"));
        var before = get("officer", "applications/" + ref).expect(200);
        LocalDate submittedOn = LocalDate.parse(before.json().getString("submittedOn"));

        var tooShort = post("officer", "applications/" + ref + "/deadline-extension",
                "{\"justification\": \"busy\"}", before.etag()).expect(400).json();
        assertThat(tooShort.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("justification");

        var extended = post("officer", "applications/" + ref + "/deadline-extension",
                "{\"justification\": \"Awaiting the CQC inspection report due next week\"}", before.etag()).expect(200).json();
        LocalDate due = calendar.addWorkingDays(submittedOn, 15);
        assertThat(LocalDate.parse(extended.getString("dueDate"))).isEqualTo(due);
        assertThat(extended.getBoolean("deadlineExtended")).isTrue();
        assertThat(Instant.parse(extended.getString("deadlineWarningAt")).atZone(UK).toLocalDate())
                .as("the warning timer moves with the deadline").isEqualTo(calendar.subtractWorkingDays(due, 2));

        var again = post("lead", "applications/" + ref + "/deadline-extension",
                "{\"justification\": \"Still awaiting the inspection report\"}",
                extended.getJsonNumber("version").toString()).expect(409).json();
        assertThat(again.getString("detail")).contains("already extended once");

        var seenByProvider = get(provider.username(), "applications/" + ref).json();
        assertThat(seenByProvider.getString("dueDate")).isEqualTo(due.toString());
        assertThat(seenByProvider.getString("extensionJustification")).contains("CQC inspection report");
        var task = Api.get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows").getJsonObject(0);
        assertThat(task.getString("dueDate")).isEqualTo(due.toString());
        assertThat(task.getString("detail")).contains("deadline extended");
    }

    @Test
    void aReturnedRecommendationGoesBackToTheOfficersInbox() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R4"));
        Fixtures.recommend("officer", ref, Map.of("R4", "REJECT")).expect(200);
        assertThat(Api.get("lead", "tasks?text=" + ref).json().getJsonArray("rows").getJsonObject(0).getString("taskKey"))
                .isEqualTo("approveDecision");

        var current = get("lead", "applications/" + ref);
        post("lead", "applications/" + ref + "/return", "{\"reason\": \"Too short\"}", current.etag()).expect(400);
        post("lead", "applications/" + ref + "/return", "{\"reason\": \"Evidence on staffing is too thin\"}",
                current.etag()).expect(200);
        assertThat(get("lead", "applications/" + ref).json().getString("status")).isEqualTo("UNDER_EVALUATION");
        var officerTasks = Api.get("officer", "tasks?text=" + ref).expect(200).json().getJsonArray("rows");
        assertThat(officerTasks).hasSize(1);
        assertThat(officerTasks.getJsonObject(0).getString("taskKey")).isEqualTo("evaluateApplication");
        assertThat(Api.get("lead", "tasks?text=" + ref).json().getJsonArray("rows")).isEmpty();
        var returned = event(get("officer", "applications/" + ref + "/history").array(), "RETURNED");
        assertThat(returned.getString("reason")).isEqualTo("Evidence on staffing is too thin");
        assertThat(returned.getString("actor")).isEqualTo("lead");
    }

    @Test
    void theInboxListsOpenTasksByDueDateAndFilters() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R5"));
        var page = Api.get("officer", "tasks?sort=due&ascending=true&max=200").expect(200).json();
        var rows = page.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
        assertThat(rows).extracting(r -> r.getString("dueDate")).isSorted();
        var descending = Api.get("officer", "tasks?sort=due&ascending=false&max=50").expect(200).json()
                .getJsonArray("rows").stream().map(JsonObject.class::cast).map(r -> r.getString("dueDate")).toList();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(Api.get("officer", "tasks?text=" + ref).json().getJsonArray("rows").getJsonObject(0)
                .getString("businessKey")).isEqualTo(ref);
        int total = page.getInt("total");
        assertThat(Api.get("officer", "tasks?sort=due&ascending=true&max=200&first=" + (total - 1)).expect(200).json()
                .getJsonArray("rows")).as("the total counts exactly the tasks there are").hasSize(1);
        var filtered = Api.get("officer", "tasks?text=" + java.net.URLEncoder.encode(provider.name().toLowerCase(),
                java.nio.charset.StandardCharsets.UTF_8)).expect(200).json();
        assertThat(filtered.getInt("total")).isEqualTo(1);
        assertThat(filtered.getJsonArray("rows").getJsonObject(0).getString("providerName")).isEqualTo(provider.name());
        assertThat(filtered.getJsonArray("rows").getJsonObject(0).getInt("workingDaysLeft")).isEqualTo(10);
        assertThat(Api.get("lead", "tasks?text=" + ref).json().getInt("total")).as("not a lead's task yet").isZero();

        // Filters: mine / unassigned, one procedure, wildcards typed match themselves; bad ones are refused.
        assertThat(Api.get("officer", "tasks?scope=unassigned&text=" + ref).json().getInt("total")).isEqualTo(1);
        assertThat(Api.get("officer", "tasks?scope=mine&text=" + ref).json().getInt("total")).isZero();
        post("officer", "tasks/" + ref + "/assignment", null, null).expect(204);
        assertThat(Api.get("officer", "tasks?scope=mine&text=" + ref).json().getInt("total")).isEqualTo(1);
        var open = get("officer", "applications/" + ref + "/process").array().stream().map(JsonObject.class::cast)
                .filter(step -> "Evaluate application".equals(step.getString("name"))).findFirst().orElseThrow();
        assertThat(open.containsKey("ended")).isFalse();
        assertThat(open.containsKey("completedBy")).as("an assigned open step is not completed by anyone").isFalse();
        assertThat(Api.get("officer", "tasks?scope=unassigned&text=" + ref).json().getInt("total")).isZero();
        assertThat(Api.get("officer", "tasks?procedure=onboarding&text=" + ref).json().getInt("total")).isEqualTo(1);
        assertThat(Api.get("officer", "tasks?text=%25").json().getInt("total")).as("%% is not a wildcard").isZero();
        Api.get("officer", "tasks?sort=colour").expect(400);
        Api.get("officer", "tasks?scope=everyone").expect(400);
        Api.get("officer", "tasks?procedure=nothing").expect(400);
        Api.get("officer", "tasks?max=100000").expect(400);
        Api.get(provider.username(), "tasks").expect(403);
        var counts = Api.get("officer", "tasks/counts").expect(200).json();
        assertThat(counts.getInt("mine")).isEqualTo(Api.get("officer", "tasks?scope=mine").json().getInt("total"))
                .isPositive();
        assertThat(Api.get("officer", "tasks/procedures").expect(200).array().stream().map(JsonObject.class::cast)
                .map(p -> p.getString("name"))).containsExactly("Call-offs", "Care at home packages", "Deeds of extension", "Extension reviews",
                "Onboarding");
    }

    @Test
    void aTaskAssignedToAnOfficerIsTheirsUntilReleased() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("N4"));

        post("officer", "tasks/" + ref + "/assignment", null, null).expect(204);
        var task = Api.get("officer2", "tasks?text=" + ref).json().getJsonArray("rows").getJsonObject(0);
        assertThat(task.getString("assignee")).isEqualTo("officer");
        assertThat(task.getString("assigneeName")).isEqualTo("Priya Shah");
        assertThat(get("officer2", "applications/" + ref).json().getString("assignee")).isEqualTo("officer");

        var taken = post("officer2", "tasks/" + ref + "/assignment", null, null).expect(409).json();
        assertThat(taken.getString("detail")).contains("assigned to Priya Shah");
        var blocked = Fixtures.recommend("officer2", ref, Map.of("N4", "ADMIT")).expect(409).json();
        assertThat(blocked.getString("detail")).contains("assigned to Priya Shah").contains("release");
        Api.send(Api.request("officer2", "tasks/" + ref + "/assignment").DELETE()).expect(409);
        post("lead", "tasks/" + ref + "/assignment", null, null).expect(409);

        Api.send(Api.request("officer", "tasks/" + ref + "/assignment").DELETE()).expect(204);
        Fixtures.recommend("officer2", ref, Map.of("N4", "ADMIT")).expect(200);
        var history = get("officer", "applications/" + ref + "/history").array();
        assertThat(event(history, "ASSIGNED").getString("actor")).isEqualTo("officer");
        assertThat(event(history, "RELEASED").getString("actor")).isEqualTo("officer");
        assertThat(event(history, "RECOMMENDED").getString("actor")).isEqualTo("officer2");
    }

    @Test
    void theOfficerWhoRecommendedCannotTakeTheApprovalTask() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R3"));
        Fixtures.recommend("chris", ref, Map.of("R3", "ADMIT")).expect(200);

        var refused = post("chris", "tasks/" + ref + "/assignment", null, null).expect(422).json();
        assertThat(refused.getString("detail")).contains("segregation of duties");
        var task = Api.get("lead", "tasks?text=" + ref).json().getJsonArray("rows").getJsonObject(0);
        assertThat(task.containsKey("assignee")).as("still free for another lead").isFalse();
        post("lead", "tasks/" + ref + "/assignment", null, null).expect(204);
        Fixtures.approve("lead", ref).expect(200);
    }

    static JsonObject lot(JsonObject application, String code) {
        return application.getJsonArray("lots").stream().map(JsonObject.class::cast)
                .filter(l -> code.equals(l.getString("code"))).findFirst().orElseThrow();
    }

    static JsonObject event(jakarta.json.JsonArray history, String action) {
        return history.stream().map(JsonObject.class::cast).filter(e -> action.equals(e.getString("action")))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + action + " in " + history));
    }

    static Map<String, String> ordered(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
