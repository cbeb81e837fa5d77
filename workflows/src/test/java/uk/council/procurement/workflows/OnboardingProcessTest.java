package uk.council.procurement.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.council.procurement.workflows.OnboardingProcess.Vars;

@Deployment(resources = OnboardingProcess.RESOURCE)
class OnboardingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = InMemoryEngines.extension("onboarding-process-test");

    /** Which delegate ran, in order, and for which application. */
    private final List<String> calls = new ArrayList<>();

    private final Date dueDate = Date.from(Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    private final Date warningAt = Date.from(Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void registerDelegates() {
        for (String name : List.of(OnboardingProcess.CHECK_APPLICATION, OnboardingProcess.WARN_LEAD,
                OnboardingProcess.ADMIT_PROVIDER)) {
            Mocks.register(name, (JavaDelegate) execution ->
                    calls.add(name + ":" + execution.getVariable(Vars.APPLICATION_ID)));
        }
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    /** Submits and runs the asynchronous check, as the job executor would. */
    private ProcessInstance submit() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.PROCESS_ID,
                "APP-TEST-1", Map.of(Vars.APPLICATION_ID, 42L, Vars.DUE_DATE, dueDate, Vars.WARNING_AT, warningAt));
        assertThat(pi).isWaitingAt(OnboardingProcess.CHECK_APPLICATION);
        assertThat(calls).isEmpty();
        execute(job(OnboardingProcess.CHECK_APPLICATION, pi));
        return pi;
    }

    @Test
    void submissionIsCheckedThenWaitsForAnOfficerWithTheDueDate() {
        ProcessInstance pi = submit();

        assertThat(pi).isWaitingAt(OnboardingProcess.EVALUATE_APPLICATION);
        assertThat(calls).containsExactly("checkApplication:42");
        assertThat(task(pi)).hasCandidateGroup(OnboardingProcess.GROUP_OFFICER).hasDueDate(dueDate);
        assertThat(pi).hasBusinessKey("APP-TEST-1");
    }

    @Test
    void approvedAdmissionWaitsForTheProviderThenAdmits() {
        ProcessInstance pi = submit();
        complete(task(pi));

        assertThat(pi).isWaitingAt(OnboardingProcess.APPROVE_DECISION);
        assertThat(task(pi)).hasCandidateGroup(OnboardingProcess.GROUP_LEAD).hasDueDate(dueDate);
        complete(task(pi), withVariables(Vars.APPROVED, true, Vars.ANY_LOT_ADMITTED, true));

        assertThat(pi).isWaitingAt(OnboardingProcess.ACCEPT_AGREEMENT);
        assertThat(task(pi)).hasCandidateGroup(OnboardingProcess.GROUP_PROVIDER);
        assertThat(calls).doesNotContain("admitProvider:42");
        complete(task(pi));
        assertThat(pi).isWaitingAt(OnboardingProcess.ADMIT_PROVIDER);
        execute(job(OnboardingProcess.ADMIT_PROVIDER, pi));

        assertThat(pi).isEnded().hasPassed(OnboardingProcess.ADMIT_PROVIDER);
        assertThat(pi).hasPassed(OnboardingProcess.END_ADMITTED).hasNotPassed(OnboardingProcess.END_REJECTED);
        assertThat(calls).containsExactly("checkApplication:42", "admitProvider:42");
    }

    @Test
    void aReturnedRecommendationGoesBackToTheOfficer() {
        ProcessInstance pi = submit();
        complete(task(pi));
        complete(task(pi), withVariables(Vars.APPROVED, false));

        assertThat(pi).isWaitingAt(OnboardingProcess.EVALUATE_APPLICATION);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(OnboardingProcess.EVALUATE_APPLICATION).count()).isEqualTo(2);
    }

    @Test
    void rejectionOnEveryLotEndsWithoutAnAgreement() {
        ProcessInstance pi = submit();
        complete(task(pi));
        complete(task(pi), withVariables(Vars.APPROVED, true, Vars.ANY_LOT_ADMITTED, false));

        assertThat(pi).isEnded().hasPassed(OnboardingProcess.END_REJECTED)
                .hasNotPassed(OnboardingProcess.ACCEPT_AGREEMENT);
        assertThat(calls).containsExactly("checkApplication:42");
    }

    @Test
    void theDeadlineTimerWarnsLeadsWithoutInterruptingTheEvaluation() {
        ProcessInstance pi = submit();

        Job timer = job(OnboardingProcess.DEADLINE_WARNING, pi);
        assertThat(timer.getDuedate()).isEqualTo(warningAt);
        execute(timer);

        assertThat(calls).containsExactly("checkApplication:42", "warnLeadOfDeadline:42");
        assertThat(pi).isWaitingAt(OnboardingProcess.EVALUATE_APPLICATION);
    }

    @Test
    void theTimerIsCancelledOnceTheDecisionIsMade() {
        ProcessInstance pi = submit();
        complete(task(pi));
        complete(task(pi), withVariables(Vars.APPROVED, true, Vars.ANY_LOT_ADMITTED, true));

        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .isZero();
    }

    /** What the workflow layer does when the provider withdraws: the message, by business key. */
    private void withdraw(ProcessInstance pi) {
        engine.getRuntimeService().createMessageCorrelation(OnboardingProcess.MESSAGE_WITHDRAWN)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    }

    @Test
    void aWithdrawalDuringTheEvaluationEndsTheProcessWithNothingLeftOpen() {
        ProcessInstance pi = submit();
        assertThat(pi).isWaitingAt(OnboardingProcess.EVALUATE_APPLICATION);

        withdraw(pi);

        assertThat(pi).isEnded().hasPassed(OnboardingProcess.END_WITHDRAWN)
                .hasNotPassed(OnboardingProcess.APPROVE_DECISION, OnboardingProcess.END_REJECTED,
                        OnboardingProcess.END_ADMITTED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the deadline warning timer is gone").isZero();
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(calls).containsExactly("checkApplication:42");
    }

    @Test
    void aWithdrawalAwaitingApprovalEndsTheLeadsTask() {
        ProcessInstance pi = submit();
        complete(task(pi));
        assertThat(pi).isWaitingAt(OnboardingProcess.APPROVE_DECISION);

        withdraw(pi);

        assertThat(pi).isEnded().hasPassed(OnboardingProcess.END_WITHDRAWN);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aWithdrawalBeforeTheCheckRanCancelsTheCheck() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.PROCESS_ID,
                "APP-TEST-3", Map.of(Vars.APPLICATION_ID, 44L, Vars.DUE_DATE, dueDate, Vars.WARNING_AT, warningAt));
        assertThat(pi).isWaitingAt(OnboardingProcess.CHECK_APPLICATION);

        withdraw(pi);

        assertThat(pi).isEnded().hasPassed(OnboardingProcess.END_WITHDRAWN)
                .hasNotPassed(OnboardingProcess.EVALUATE_APPLICATION);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailingCheckIsRetriedAndThenBecomesAnIncident() {
        Mocks.register(OnboardingProcess.CHECK_APPLICATION, (JavaDelegate) execution -> {
            throw new IllegalStateException("database down");
        });
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OnboardingProcess.PROCESS_ID,
                "APP-TEST-2", Map.of(Vars.APPLICATION_ID, 43L, Vars.DUE_DATE, dueDate, Vars.WARNING_AT, warningAt));
        var management = engine.getManagementService();
        for (int attempt = 0; attempt < 3; attempt++) {
            var job = job(OnboardingProcess.CHECK_APPLICATION, pi);
            try {
                management.executeJob(job.getId());
            } catch (RuntimeException expected) {
                // the delegate failed
            }
        }
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        assertThat(pi).isWaitingAt(OnboardingProcess.CHECK_APPLICATION);
    }

    @Test
    void everyIdThatJavaUsesExistsInTheModel() throws Exception {
        BpmnModelInstance model;
        try (var in = getClass().getClassLoader().getResourceAsStream(OnboardingProcess.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        Process process = model.getModelElementById(OnboardingProcess.PROCESS_ID);
        assertThat(process).isNotNull();
        assertThat(process.isExecutable()).isTrue();
        for (String id : List.of(OnboardingProcess.CHECK_APPLICATION, OnboardingProcess.EVALUATE_APPLICATION,
                OnboardingProcess.APPROVE_DECISION, OnboardingProcess.ACCEPT_AGREEMENT,
                OnboardingProcess.ADMIT_PROVIDER, OnboardingProcess.DECISION_PERIOD,
                OnboardingProcess.DEADLINE_WARNING, OnboardingProcess.WARN_LEAD,
                OnboardingProcess.END_ADMITTED, OnboardingProcess.END_REJECTED, OnboardingProcess.WITHDRAWAL,
                OnboardingProcess.END_WITHDRAWN)) {
            assertThat((FlowElement) model.getModelElementById(id)).as(id).isNotNull();
        }
        // The withdrawal is an interrupting event sub-process started by the declared message.
        SubProcess withdrawal = model.getModelElementById(OnboardingProcess.WITHDRAWAL);
        assertThat(withdrawal.triggeredByEvent()).isTrue();
        var start = withdrawal.getChildElementsByType(StartEvent.class).iterator().next();
        assertThat(start.isInterrupting()).isTrue();
        var trigger = (MessageEventDefinition) start.getEventDefinitions().iterator().next();
        assertThat(trigger.getMessage().getName()).isEqualTo(OnboardingProcess.MESSAGE_WITHDRAWN);
        assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
                .contains(OnboardingProcess.MESSAGE_WITHDRAWN);
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(OnboardingProcess.PROCESS_ID).singleResult();
        assertThat(definition.getHistoryTimeToLive()).isPositive();
        assertThat(definition.getVersionTag()).isNotBlank();
    }
}
