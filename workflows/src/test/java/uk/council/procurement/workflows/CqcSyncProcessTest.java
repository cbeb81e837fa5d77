package uk.council.procurement.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = CqcSyncProcess.RESOURCE)
class CqcSyncProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().useProcessEngine(inMemoryEngine()).build();

    static ProcessEngine inMemoryEngine() {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:cqc-sync-process-test;DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        return configuration.buildProcessEngine();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void runsEveryMorningAt0615AndSchedulesTheNextRun() {
        List<String> runs = new ArrayList<>();
        Mocks.register(CqcSyncProcess.SYNC_CQC_CHANGES, (JavaDelegate) execution -> runs.add(execution.getProcessInstanceId()));
        var management = engine.getManagementService();

        var timer = management.createJobQuery().timers().singleResult();
        LocalDateTime due = timer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
        assertThat(due.getHour()).isEqualTo(6);
        assertThat(due.getMinute()).isEqualTo(15);
        assertThat(due).isAfter(LocalDateTime.now()).isBefore(LocalDateTime.now().plusDays(1).plusMinutes(1));

        // At 06:16 the timer fires: one sync runs, and tomorrow's is scheduled.
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        management.executeJob(timer.getId());
        assertThat(runs).hasSize(1);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isOne();
        var next = management.createJobQuery().timers().singleResult();
        assertThat(next.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime())
                .as("06:15 the next day, in summer and winter time alike").isEqualTo(due.plusDays(1));
    }
}
