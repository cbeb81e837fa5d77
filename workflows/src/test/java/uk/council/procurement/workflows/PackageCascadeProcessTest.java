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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import uk.council.procurement.workflows.PackageCascadeProcess.Vars;

/**
 * The cascade's model on an in-memory engine. The delegate is a stand-in that answers what the real
 * one (which reads the package) would: the steps themselves, the rota and the race are tested in the
 * server by CascadeIT and by the entities' unit tests.
 */
@Deployment(resources = PackageCascadeProcess.RESOURCE)
class PackageCascadeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = InMemoryEngines.extension("package-cascade-process-test");

    /** What each run of "Offer package" finds, in order (the real step reads the package). */
    private final Deque<String> outcomes = new ArrayDeque<>();
    private final List<Date> windows = new ArrayList<>();
    private final Date careStarts = Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(2))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private int runs;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        init(engine.getProcessEngine());
    }

    @BeforeEach
    void registerDelegate() {
        Mocks.register(PackageCascadeProcess.OFFER_PACKAGE, (JavaDelegate) execution -> {
            runs++;
            assertThat(execution.getVariable(Vars.PACKAGE_ID)).isEqualTo(7L);
            String outcome = outcomes.isEmpty() ? PackageCascadeProcess.OUTCOME_NOBODY : outcomes.pop();
            execution.setVariable(Vars.OUTCOME, outcome);
            var window = Date.from(Instant.now().plus(runs, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
            windows.add(window);
            execution.setVariable(Vars.WINDOW_ENDS, window);
        });
    }

    @AfterEach
    void resetDelegateAndAssertions() {
        Mocks.reset();
        reset();
    }

    private ProcessInstance raise(String... stepOutcomes) {
        outcomes.addAll(List.of(stepOutcomes));
        var pi = engine.getRuntimeService().startProcessInstanceByKey(PackageCascadeProcess.PROCESS_ID, "PKG-2026-00007",
                Map.of(Vars.PACKAGE_ID, 7L, Vars.CARE_STARTS, careStarts));
        assertThat(pi).isWaitingAt(PackageCascadeProcess.OFFER_PACKAGE);
        assertThat(runs).as("the step runs after the raising transaction commits").isZero();
        return pi;
    }

    /** Runs the asynchronous step, as the job executor would. */
    private void step(ProcessInstance pi) {
        execute(job(PackageCascadeProcess.OFFER_PACKAGE, pi));
    }

    private void windowEnds(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(PackageCascadeProcess.AWAIT_ANSWER);
        var timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).as("the timer fires when the step's window ends").isEqualTo(windows.get(runs - 1));
        execute(timer);
    }

    private void answer(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(PackageCascadeProcess.AWAIT_ANSWER);
        engine.getRuntimeService().createMessageCorrelation(PackageCascadeProcess.MESSAGE_ANSWERED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();
    }

    @Test
    void theProviderOnDutyAcceptsWithinItsWindow() {
        var pi = raise(PackageCascadeProcess.OUTCOME_OFFERED, PackageCascadeProcess.OUTCOME_ACCEPTED);
        step(pi);
        assertThat(pi).isWaitingAt(PackageCascadeProcess.AWAIT_ANSWER);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
                .as("no officer has a task while providers answer").isZero();

        answer(pi);
        assertThat(pi).as("the answer's transaction only hands over to the step").isWaitingAt(PackageCascadeProcess.OFFER_PACKAGE);
        step(pi);

        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.END_ACCEPTED)
                .hasNotPassed(PackageCascadeProcess.ARRANGE_CARE, PackageCascadeProcess.WINDOW_ENDS);
        assertThat(runs).isEqualTo(2);
    }

    @Test
    void theCascadeRunsThroughEveryStepWhenWindowsEndAndDeclinesComeIn() {
        // On duty: the window ends unanswered. Partner: declines. Lot 2: someone accepts.
        var pi = raise(PackageCascadeProcess.OUTCOME_OFFERED, PackageCascadeProcess.OUTCOME_OFFERED,
                PackageCascadeProcess.OUTCOME_OFFERED, PackageCascadeProcess.OUTCOME_ACCEPTED);
        step(pi);
        windowEnds(pi);
        step(pi);
        answer(pi);
        step(pi);
        answer(pi);
        step(pi);

        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.WINDOW_ENDS, PackageCascadeProcess.END_ACCEPTED);
        assertThat(runs).isEqualTo(4);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("no timer is left behind").isZero();
    }

    @Test
    void whenNobodyAcceptsAnOfficerOffersItAgainOrArrangesTheCareElsewhere() {
        var pi = raise(PackageCascadeProcess.OUTCOME_OFFERED, PackageCascadeProcess.OUTCOME_NOBODY,
                PackageCascadeProcess.OUTCOME_OFFERED, PackageCascadeProcess.OUTCOME_NOBODY);
        step(pi);
        windowEnds(pi);
        step(pi);

        assertThat(pi).isWaitingAt(PackageCascadeProcess.ARRANGE_CARE);
        assertThat(task(pi)).hasCandidateGroup(PackageCascadeProcess.GROUP_OFFICER)
                .hasDueDate(careStarts); // the care must be arranged before it is due to start
        complete(task(pi), Map.of(Vars.REOFFER, true));
        assertThat(pi).isWaitingAt(PackageCascadeProcess.OFFER_PACKAGE);
        step(pi);
        windowEnds(pi);
        step(pi);
        complete(task(pi), Map.of(Vars.REOFFER, false));

        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.END_ARRANGED)
                .hasNotPassed(PackageCascadeProcess.END_ACCEPTED);
        assertThat(runs).isEqualTo(4);
    }

    @Test
    void aPackageThatEndedMeanwhileEndsTheCascade() {
        var pi = raise(PackageCascadeProcess.OUTCOME_ENDED);
        step(pi);
        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.END_ENDED);
    }

    @Test
    void aCancellationEndsTheStepAndItsTimer() {
        var pi = raise(PackageCascadeProcess.OUTCOME_OFFERED);
        step(pi);
        assertThat(pi).isWaitingAt(PackageCascadeProcess.AWAIT_ANSWER);

        engine.getRuntimeService().createMessageCorrelation(PackageCascadeProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();

        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.END_CANCELLED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aCancellationEndsTheOfficersTask() {
        var pi = raise(PackageCascadeProcess.OUTCOME_NOBODY);
        step(pi);
        assertThat(pi).isWaitingAt(PackageCascadeProcess.ARRANGE_CARE);

        engine.getRuntimeService().createMessageCorrelation(PackageCascadeProcess.MESSAGE_CANCELLED)
                .processInstanceBusinessKey(pi.getBusinessKey()).correlate();

        assertThat(pi).isEnded().hasPassed(PackageCascadeProcess.END_CANCELLED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void everyIdThatJavaUsesExistsInTheModel() throws Exception {
        BpmnModelInstance model;
        try (var in = getClass().getClassLoader().getResourceAsStream(PackageCascadeProcess.RESOURCE)) {
            model = Bpmn.readModelFromStream(in);
        }
        for (String id : List.of(PackageCascadeProcess.PROCESS_ID, PackageCascadeProcess.PACKAGE_RAISED,
                PackageCascadeProcess.OFFER_PACKAGE, PackageCascadeProcess.CASCADE_OUTCOME,
                PackageCascadeProcess.AWAIT_ANSWER, PackageCascadeProcess.WINDOW_ENDS, PackageCascadeProcess.ARRANGE_CARE,
                PackageCascadeProcess.END_ACCEPTED, PackageCascadeProcess.END_ARRANGED, PackageCascadeProcess.END_ENDED,
                PackageCascadeProcess.CANCELLATION, PackageCascadeProcess.END_CANCELLED)) {
            assertThat((Object) model.getModelElementById(id)).as(id).isNotNull();
        }
        ServiceTask offer = model.getModelElementById(PackageCascadeProcess.OFFER_PACKAGE);
        assertThat(offer.getCamundaDelegateExpression()).isEqualTo("${" + PackageCascadeProcess.OFFER_PACKAGE + "}");
        assertThat(offer.isCamundaAsyncBefore()).isTrue();
        BoundaryEvent window = model.getModelElementById(PackageCascadeProcess.WINDOW_ENDS);
        assertThat(window.cancelActivity()).isTrue();
        var timer = (TimerEventDefinition) window.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${" + Vars.WINDOW_ENDS + "}");
        ReceiveTask await = model.getModelElementById(PackageCascadeProcess.AWAIT_ANSWER);
        assertThat(await.getMessage().getName()).isEqualTo(PackageCascadeProcess.MESSAGE_ANSWERED);
        UserTask arrange = model.getModelElementById(PackageCascadeProcess.ARRANGE_CARE);
        assertThat(arrange.getCamundaCandidateGroups()).isEqualTo(PackageCascadeProcess.GROUP_OFFICER);
        assertThat(arrange.getCamundaDueDate()).isEqualTo("${" + Vars.CARE_STARTS + "}");
        SubProcess cancellation = model.getModelElementById(PackageCascadeProcess.CANCELLATION);
        var start = cancellation.getChildElementsByType(StartEvent.class).iterator().next();
        assertThat(start.isInterrupting()).isTrue();
        assertThat(((MessageEventDefinition) start.getEventDefinitions().iterator().next()).getMessage().getName())
                .isEqualTo(PackageCascadeProcess.MESSAGE_CANCELLED);
        var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PackageCascadeProcess.PROCESS_ID).singleResult();
        assertThat(definition.getHistoryTimeToLive()).isPositive();
        assertThat(definition.getVersionTag()).isNotBlank();
        assertThat(model.getModelElementsByType(FlowElement.class)).isNotEmpty();
    }
}
