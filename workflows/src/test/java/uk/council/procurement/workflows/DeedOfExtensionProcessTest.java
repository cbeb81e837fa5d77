package uk.council.procurement.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
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

import uk.council.procurement.workflows.DeedOfExtensionProcess.Vars;

/** Every path of a deed: signed and sealed, refused by the provider, and the deadline reached unsigned. */
@Deployment(resources = DeedOfExtensionProcess.RESOURCE)
class DeedOfExtensionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = InMemoryEngines.extension("deed-of-extension-process-test");

    private final List<String> escalated = new ArrayList<>();

    @BeforeEach
    void delegates() {
        Mocks.register(DeedOfExtensionProcess.ESCALATE_DEED, (JavaDelegate) e -> escalated.add(e.getProcessBusinessKey()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(String reference, Instant escalateAt) {
        return engine.getRuntimeService().startProcessInstanceByKey(DeedOfExtensionProcess.PROCESS_ID, reference,
                Map.of(Vars.SEAL_BY, Date.from(escalateAt.plusSeconds(8 * 3600)), Vars.ESCALATE_AT, Date.from(escalateAt)));
    }

    private void message(String name, String reference) {
        engine.getRuntimeService().createMessageCorrelation(name).processInstanceBusinessKey(reference).correlate();
    }

    private boolean ended(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
    }

    private List<String> endEvents(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityType("noneEndEvent").list().stream().map(a -> a.getActivityId()).toList();
    }

    @Test
    void theProviderSignsThenLegalSealsForTheirDueDate() {
        Instant deadline = Instant.now().plusSeconds(86_400 * 30);
        var deed = start("DEED-2026-00001", deadline);
        assertThat(engine.getRuntimeService().getActiveActivityIds(deed.getId()))
                .containsExactly(DeedOfExtensionProcess.PROVIDER_SIGNS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(deed.getId()).count())
                .as("nothing for legal until the provider has signed").isZero();

        message(DeedOfExtensionProcess.MESSAGE_SIGNED, "DEED-2026-00001");
        var seal = engine.getTaskService().createTaskQuery().processInstanceId(deed.getId()).singleResult();
        assertThat(seal.getTaskDefinitionKey()).isEqualTo(DeedOfExtensionProcess.SEAL);
        assertThat(seal.getDueDate()).isEqualTo(Date.from(deadline.plusSeconds(8 * 3600)));
        assertThat(engine.getTaskService().getIdentityLinksForTask(seal.getId()))
                .anyMatch(l -> "legal".equals(l.getGroupId()));

        engine.getTaskService().complete(seal.getId());
        assertThat(ended(deed)).isTrue();
        assertThat(endEvents(deed)).contains(DeedOfExtensionProcess.END_SEALED).doesNotContain(DeedOfExtensionProcess.END_REFUSED);
        assertThat(escalated).isEmpty();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(deed.getId()).count())
                .as("the deadline timer went with the signatures").isZero();
    }

    @Test
    void aProviderThatRefusesEndsTheDeedWithoutLegal() {
        var deed = start("DEED-2026-00002", Instant.now().plusSeconds(86_400 * 30));
        message(DeedOfExtensionProcess.MESSAGE_REFUSED, "DEED-2026-00002");
        assertThat(ended(deed)).isTrue();
        assertThat(endEvents(deed)).contains(DeedOfExtensionProcess.END_REFUSED).doesNotContain(DeedOfExtensionProcess.END_SEALED);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(deed.getId()).count())
                .isZero();
    }

    @Test
    void aRefusalAfterSigningIsNotAwaited() {
        var deed = start("DEED-2026-00003", Instant.now().plusSeconds(86_400 * 30));
        message(DeedOfExtensionProcess.MESSAGE_SIGNED, "DEED-2026-00003");
        assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(deed.getId())
                .eventName(DeedOfExtensionProcess.MESSAGE_REFUSED).count()).isZero();
    }

    @Test
    void onTheDeadlineUnsignedLegalAndLeadsAreToldAndTheSignaturesGoOn() {
        Instant deadline = Instant.now().plusSeconds(3600);
        var deed = start("DEED-2026-00004", deadline);
        var timer = engine.getManagementService().createJobQuery().processInstanceId(deed.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(deadline));
        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(escalated).containsExactly("DEED-2026-00004");
        // non-interrupting: the provider can still sign, then legal seals
        assertThat(engine.getRuntimeService().getActiveActivityIds(deed.getId()))
                .containsExactly(DeedOfExtensionProcess.PROVIDER_SIGNS);
        message(DeedOfExtensionProcess.MESSAGE_SIGNED, "DEED-2026-00004");
        var seal = engine.getTaskService().createTaskQuery().processInstanceId(deed.getId()).singleResult();
        engine.getTaskService().complete(seal.getId());
        assertThat(ended(deed)).isTrue();
        assertThat(escalated).hasSize(1);
    }

    @Test
    void sealedWhileAwaitingLegalTheTimerStillWatchesUntilSealed() {
        Instant deadline = Instant.now().plusSeconds(3600);
        var deed = start("DEED-2026-00005", deadline);
        message(DeedOfExtensionProcess.MESSAGE_SIGNED, "DEED-2026-00005");
        var timer = engine.getManagementService().createJobQuery().processInstanceId(deed.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(60)));
        engine.getManagementService().executeJob(timer.getId());
        assertThat(escalated).containsExactly("DEED-2026-00005");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(deed.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo(DeedOfExtensionProcess.SEAL);
    }
}
