package uk.council.procurement.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.council.procurement.workflows.ExtensionReviewProcess.Vars;

/** Every path of the extension review: all approved, some returned, the deadline warning, the daily start. */
@Deployment(resources = ExtensionReviewProcess.RESOURCE)
class ExtensionReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = InMemoryEngines.extension("extension-review-process-test");

    private final List<String> noticesGiven = new ArrayList<>();
    private final List<String> escalated = new ArrayList<>();
    private final List<String> dailyRuns = new ArrayList<>();

    @BeforeEach
    void delegates() {
        Mocks.register(ExtensionReviewProcess.GIVE_REVIEW_NOTICES,
                (JavaDelegate) e -> noticesGiven.add(e.getProcessBusinessKey()));
        Mocks.register(ExtensionReviewProcess.ESCALATE_REVIEW,
                (JavaDelegate) e -> escalated.add(e.getProcessBusinessKey()));
        Mocks.register(ExtensionReviewProcess.START_DUE_REVIEWS,
                (JavaDelegate) e -> dailyRuns.add(e.getProcessInstanceId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(String reference, Instant escalateAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.RECOMMEND_BY, Date.from(Instant.now().plusSeconds(86_400 * 20)));
        variables.put(Vars.DECIDE_BY, Date.from(Instant.now().plusSeconds(86_400 * 40)));
        variables.put(Vars.ESCALATE_AT, Date.from(escalateAt));
        return engine.getRuntimeService().createMessageCorrelation(ExtensionReviewProcess.MESSAGE_REQUESTED)
                .processInstanceBusinessKey(reference).setVariables(variables).correlateStartMessage();
    }

    private String openTask(ProcessInstance instance) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        return task == null ? null : task.getTaskDefinitionKey();
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        engine.getTaskService().complete(task.getId(), variables);
    }

    private void runJobs(ProcessInstance instance) {
        for (var job : engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable()
                .list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private boolean ended(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    @Test
    void allApprovedGoesToTheNotices() {
        var review = start("REV-2026-00001", Instant.now().plusSeconds(86_400 * 60));
        assertThat(openTask(review)).isEqualTo(ExtensionReviewProcess.RECOMMEND);
        var recommend = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(recommend.getId()))
                .anyMatch(l -> "procurement-officer".equals(l.getGroupId()));
        assertThat(recommend.getDueDate()).isNotNull();
        complete(review, Map.of());
        assertThat(openTask(review)).isEqualTo(ExtensionReviewProcess.APPROVE);
        complete(review, Map.of(Vars.RETURNED, false));
        // the notices run after the decisions' commit, as a job of their own
        assertThat(noticesGiven).isEmpty();
        runJobs(review);
        assertThat(noticesGiven).containsExactly("REV-2026-00001");
        assertThat(ended(review)).isTrue();
        assertThat(escalated).isEmpty();
    }

    @Test
    void returnedRecommendationsGoBackToTheOfficersThenOn() {
        var review = start("REV-2026-00002", Instant.now().plusSeconds(86_400 * 60));
        complete(review, Map.of());
        complete(review, Map.of(Vars.RETURNED, true));
        assertThat(openTask(review)).isEqualTo(ExtensionReviewProcess.RECOMMEND);
        complete(review, Map.of());
        assertThat(openTask(review)).isEqualTo(ExtensionReviewProcess.APPROVE);
        complete(review, Map.of(Vars.RETURNED, false));
        runJobs(review);
        assertThat(noticesGiven).containsExactly("REV-2026-00002");
        assertThat(ended(review)).isTrue();
    }

    @Test
    void nearTheNoticeDeadlineLeadsAndOfficersAreToldAndTheReviewGoesOn() {
        Instant escalateAt = Instant.now().plusSeconds(3600);
        var review = start("REV-2026-00003", escalateAt);
        complete(review, Map.of());
        var timer = engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers()
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(escalateAt));
        ClockUtil.setCurrentTime(Date.from(escalateAt.plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(escalated).containsExactly("REV-2026-00003");
        // non-interrupting: the leads' task is still open
        assertThat(openTask(review)).isEqualTo(ExtensionReviewProcess.APPROVE);
        complete(review, Map.of(Vars.RETURNED, false));
        runJobs(review);
        assertThat(ended(review)).isTrue();
    }

    @Test
    void decidedBeforeTheWarningCancelsIt() {
        var review = start("REV-2026-00004", Instant.now().plusSeconds(86_400 * 60));
        complete(review, Map.of());
        complete(review, Map.of(Vars.RETURNED, false));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().count())
                .isZero();
        runJobs(review);
        assertThat(escalated).isEmpty();
    }

    @Test
    void everyMorningAt0630TheDueReviewsAreStarted() {
        var management = engine.getManagementService();
        var timer = management.createJobQuery().timers().processDefinitionKey(ExtensionReviewProcess.PROCESS_ID)
                .singleResult();
        LocalDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
        assertThat(due.getHour()).isEqualTo(6);
        assertThat(due.getMinute()).isEqualTo(30);
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        management.executeJob(timer.getId());
        assertThat(dailyRuns).hasSize(1);
        var next = management.createJobQuery().timers().processDefinitionKey(ExtensionReviewProcess.PROCESS_ID)
                .singleResult();
        assertThat(next.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime())
                .isEqualTo(due.plusDays(1));
    }
}
