package uk.council.procurement.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.council.procurement.workflows.CallOffProcess.Vars;

@Deployment(resources = CallOffProcess.RESOURCE)
class CallOffProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = InMemoryEngines.extension("calloff-process-test");

    /** How many offers the closing "finds" (the real step counts them). */
    private long offersAtDeadline = 2;

    /** Which delegate ran, in order, and for which requirement. */
    private final List<String> calls = new ArrayList<>();

    private final Date offerDeadline = Date.from(Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
    private final Date evaluationDue = Date.from(Instant.now().plus(17, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    /*
     * The assertions keep their engine per thread, bound on first use; bind this class's engine for
     * each test and unbind it after, so that process tests of other classes in the same JVM find theirs.
     */
    @BeforeEach
    void bindAssertionsToThisEngine() {
        init(engine.getProcessEngine());
    }

    private final Date confirmationDue = Date.from(Instant.now().plus(19, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

    @BeforeEach
    void registerDelegates() {
        Mocks.register(CallOffProcess.CLOSE_OFFERS, (JavaDelegate) execution -> {
            calls.add(CallOffProcess.CLOSE_OFFERS + ":" + execution.getVariable(Vars.REQUIREMENT_ID));
            execution.setVariable(Vars.OFFERS_RECEIVED, offersAtDeadline);
        });
        Mocks.register(CallOffProcess.LAPSE_AWARD, (JavaDelegate) execution ->
                calls.add(CallOffProcess.LAPSE_AWARD + ":" + execution.getVariable(Vars.REQUIREMENT_ID)));
    }

    @AfterEach
    void resetDelegatesAndAssertions() {
        Mocks.reset();
        reset();
    }

    /** Issues a requirement, as the service layer does, with the offer deadline in the future. */
    private ProcessInstance issue() {
        return engine.getRuntimeService().startProcessInstanceByKey(CallOffProcess.PROCESS_ID, "REQ-2026-00001",
                Map.of(Vars.REQUIREMENT_ID, 42L, Vars.OFFER_DEADLINE, offerDeadline,
                        Vars.EVALUATION_DUE, evaluationDue));
    }

    /** Fires the deadline timer and runs the asynchronous closing of offers, as the job executor would. */
    private void reachTheDeadline(ProcessInstance pi) {
        execute(job(CallOffProcess.OFFERS_CLOSE, pi));
        assertThat(pi).isWaitingAt(CallOffProcess.CLOSE_OFFERS);
        assertThat(calls).isEmpty();
        execute(job(CallOffProcess.CLOSE_OFFERS, pi));
    }

    @Test
    void anIssuedRequirementWaitsForTheOfferDeadline() {
        ProcessInstance pi = issue();

        assertThat(pi).isWaitingAt(CallOffProcess.OFFERS_CLOSE).hasBusinessKey("REQ-2026-00001");
        var jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).list();
        assertThat(jobs).hasSize(1);
        Job timer = jobs.get(0);
        assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).timers().count()).isOne();
        assertThat(timer.getDuedate()).isEqualTo(offerDeadline);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(calls).isEmpty();
    }

    /** What the boundary does when the officer proposes the award. */
    private void propose(ProcessInstance pi, boolean approvalNeeded) {
        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS);
        complete(task(pi), Map.of(Vars.OUTCOME, CallOffProcess.OUTCOME_AWARD, Vars.APPROVAL_NEEDED, approvalNeeded,
                Vars.CONFIRMATION_DUE, confirmationDue));
    }

    /** What the boundary does when the winner confirms or declines. */
    private void winnerAnswers(ProcessInstance pi, boolean confirmed) {
        assertThat(pi).isWaitingAt(CallOffProcess.AWAIT_CONFIRMATION);
        engine.getRuntimeService().createMessageCorrelation(CallOffProcess.MESSAGE_AWARD_ANSWERED)
                .processInstanceBusinessKey(pi.getBusinessKey()).setVariable(Vars.AWARD_CONFIRMED, confirmed).correlate();
    }

    @Test
    void offersWithinTheThresholdGoStraightToTheWinnerWhoConfirms() {
        ProcessInstance pi = issue();

        reachTheDeadline(pi);

        assertThat(calls).containsExactly("closeOffers:42");
        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS);
        assertThat(task(pi)).hasDefinitionKey(CallOffProcess.EVALUATE_OFFERS)
                .hasCandidateGroup(CallOffProcess.GROUP_OFFICER).hasDueDate(evaluationDue);
        propose(pi, false);
        assertThat(pi).isWaitingAt(CallOffProcess.AWAIT_CONFIRMATION).hasNotPassed(CallOffProcess.APPROVE_AWARD);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .as("nobody at the council has a task while the winner answers").isZero();
        winnerAnswers(pi, true);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_AWARDED).hasNotPassed(CallOffProcess.END_CANCELLED,
                CallOffProcess.END_NO_AWARD);
        assertThat(calls).containsExactly("closeOffers:42");
    }

    @Test
    void anAwardAboveTheThresholdWaitsForALeadsApproval() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, true);

        assertThat(pi).isWaitingAt(CallOffProcess.APPROVE_AWARD);
        assertThat(task(pi)).hasCandidateGroup(CallOffProcess.GROUP_LEAD);
        complete(task(pi), Map.of(Vars.APPROVED, true));
        winnerAnswers(pi, true);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.APPROVE_AWARD, CallOffProcess.END_AWARDED);
    }

    @Test
    void aReturnedAwardGoesBackToTheOfficersWhoMayCloseWithoutAnAward() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, true);
        complete(task(pi), Map.of(Vars.APPROVED, false));

        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS);
        complete(task(pi), Map.of(Vars.OUTCOME, CallOffProcess.OUTCOME_NO_AWARD));

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_NO_AWARD).hasNotPassed(CallOffProcess.END_AWARDED,
                CallOffProcess.AWAIT_CONFIRMATION);
    }

    @Test
    void aWinnerWhoDeclinesSendsTheOfficersBackToTheOffers() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, false);
        winnerAnswers(pi, false);

        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS);
        propose(pi, false);
        winnerAnswers(pi, true);
        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_AWARDED);
    }

    @Test
    void withNoOffersAnOfficerDecidesWhatInstead() {
        offersAtDeadline = 0;
        ProcessInstance pi = issue();
        reachTheDeadline(pi);

        assertThat(pi).isWaitingAt(CallOffProcess.NO_OFFERS).hasNotPassed(CallOffProcess.EVALUATE_OFFERS);
        assertThat(task(pi)).hasCandidateGroup(CallOffProcess.GROUP_OFFICER).hasDueDate(evaluationDue);
        complete(task(pi), Map.of(Vars.OUTCOME, CallOffProcess.OUTCOME_NO_AWARD));

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_NO_AWARD);
    }

    @Test
    void aWinnerWhoDoesNotAnswerInTimeLosesTheAwardAndTheOfficersChooseAgain() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, false);
        assertThat(pi).isWaitingAt(CallOffProcess.AWAIT_CONFIRMATION);
        var timer = job(CallOffProcess.CONFIRMATION_LAPSES, pi);
        assertThat(timer.getDuedate()).isEqualTo(confirmationDue);

        execute(timer);

        assertThat(calls).containsExactly("closeOffers:42", "lapseAward:42");
        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS).hasPassed(CallOffProcess.LAPSE_AWARD)
                .hasNotPassed(CallOffProcess.END_AWARDED);
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
                .eventName(CallOffProcess.MESSAGE_AWARD_ANSWERED).count()).as("the winner's answer is no longer awaited").isZero();
    }

    @Test
    void aWinnerWhoAnswersInTimeLeavesNoTimerBehind() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, false);
        winnerAnswers(pi, true);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_AWARDED).hasNotPassed(CallOffProcess.LAPSE_AWARD);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aCancellationWhileTheWinnerAnswersLeavesNothingWaiting() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        propose(pi, false);

        cancel(pi);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_CANCELLED).hasNotPassed(CallOffProcess.END_AWARDED);
        assertNothingLeftOpen(pi);
    }

    /** What the workflow layer does when an officer cancels the requirement: the message, by business key. */
    private void cancel(ProcessInstance pi) {
        engine.getRuntimeService().createMessageCorrelation(CallOffProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    }

    private void assertNothingLeftOpen(ProcessInstance pi) {
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the deadline timer and the closing job are gone").isZero();
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId()).count())
                .isZero();
    }

    @Test
    void aCancellationBeforeTheDeadlineEndsTheProcessWithNothingLeftOpen() {
        ProcessInstance pi = issue();
        assertThat(pi).isWaitingAt(CallOffProcess.OFFERS_CLOSE);

        cancel(pi);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_CANCELLED)
                .hasNotPassed(CallOffProcess.CLOSE_OFFERS, CallOffProcess.EVALUATE_OFFERS,
                        CallOffProcess.END_AWARDED, CallOffProcess.END_NO_AWARD);
        assertNothingLeftOpen(pi);
        assertThat(calls).isEmpty();
    }

    @Test
    void aCancellationBeforeOffersClosedCancelsTheClosing() {
        ProcessInstance pi = issue();
        execute(job(CallOffProcess.OFFERS_CLOSE, pi));
        assertThat(pi).isWaitingAt(CallOffProcess.CLOSE_OFFERS);

        cancel(pi);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_CANCELLED)
                .hasNotPassed(CallOffProcess.EVALUATE_OFFERS);
        assertNothingLeftOpen(pi);
        assertThat(calls).isEmpty();
    }

    @Test
    void aCancellationDuringTheEvaluationEndsTheOfficersTask() {
        ProcessInstance pi = issue();
        reachTheDeadline(pi);
        assertThat(pi).isWaitingAt(CallOffProcess.EVALUATE_OFFERS);

        cancel(pi);

        assertThat(pi).isEnded().hasPassed(CallOffProcess.END_CANCELLED)
                .hasNotPassed(CallOffProcess.END_AWARDED, CallOffProcess.END_NO_AWARD);
        assertNothingLeftOpen(pi);
        assertThat(calls).containsExactly("closeOffers:42");
    }

    @Test
    void everyIdThatJavaUsesExistsInTheModel() throws Exception {
        BpmnModelInstance model;
        try (var in = getClass().getClassLoader().getResourceAsStream(CallOffProcess.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        Process process = model.getModelElementById(CallOffProcess.PROCESS_ID);
        assertThat(process).isNotNull();
        assertThat(process.isExecutable()).isTrue();
        for (String id : List.of(CallOffProcess.REQUIREMENT_ISSUED, CallOffProcess.OFFERS_CLOSE,
                CallOffProcess.CLOSE_OFFERS, CallOffProcess.ANY_OFFERS, CallOffProcess.NO_OFFERS,
                CallOffProcess.EVALUATE_OFFERS, CallOffProcess.EVALUATION_OUTCOME, CallOffProcess.APPROVE_AWARD,
                CallOffProcess.APPROVAL_OUTCOME, CallOffProcess.AWAIT_CONFIRMATION, CallOffProcess.CONFIRMATION_OUTCOME,
                CallOffProcess.END_AWARDED, CallOffProcess.END_NO_AWARD, CallOffProcess.CANCELLATION,
                CallOffProcess.END_CANCELLED)) {
            assertThat((FlowElement) model.getModelElementById(id)).as(id).isNotNull();
        }
        // The timer, the delegate and the task read the variables named in Vars.
        IntermediateCatchEvent offersClose = model.getModelElementById(CallOffProcess.OFFERS_CLOSE);
        var timer = (TimerEventDefinition) offersClose.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${" + Vars.OFFER_DEADLINE + "}");
        ServiceTask closeOffers = model.getModelElementById(CallOffProcess.CLOSE_OFFERS);
        assertThat(closeOffers.getCamundaDelegateExpression()).isEqualTo("${" + CallOffProcess.CLOSE_OFFERS + "}");
        assertThat(closeOffers.isCamundaAsyncBefore()).isTrue();
        UserTask evaluateOffers = model.getModelElementById(CallOffProcess.EVALUATE_OFFERS);
        assertThat(evaluateOffers.getCamundaCandidateGroups()).isEqualTo(CallOffProcess.GROUP_OFFICER);
        assertThat(evaluateOffers.getCamundaDueDate()).isEqualTo("${" + Vars.EVALUATION_DUE + "}");
        // The cancellation is an interrupting event sub-process started by the declared message.
        SubProcess cancellation = model.getModelElementById(CallOffProcess.CANCELLATION);
        assertThat(cancellation.triggeredByEvent()).isTrue();
        var start = cancellation.getChildElementsByType(StartEvent.class).iterator().next();
        assertThat(start.isInterrupting()).isTrue();
        var trigger = (MessageEventDefinition) start.getEventDefinitions().iterator().next();
        assertThat(trigger.getMessage().getName()).isEqualTo(CallOffProcess.MESSAGE_CANCELLED);
        assertThat(model.getModelElementsByType(Message.class)).extracting(Message::getName)
                .contains(CallOffProcess.MESSAGE_CANCELLED, CallOffProcess.MESSAGE_AWARD_ANSWERED);
        UserTask approveAward = model.getModelElementById(CallOffProcess.APPROVE_AWARD);
        assertThat(approveAward.getCamundaCandidateGroups()).isEqualTo(CallOffProcess.GROUP_LEAD);
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(CallOffProcess.PROCESS_ID).singleResult();
        assertThat(definition.getHistoryTimeToLive()).isPositive();
        assertThat(definition.getVersionTag()).isNotBlank();
    }
}
