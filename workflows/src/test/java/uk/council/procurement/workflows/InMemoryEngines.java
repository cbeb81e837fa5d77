package uk.council.procurement.workflows;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The in-memory engine of a process test: its own H2 database, no job executor (tests run jobs
 * themselves), full history, and delegates that each test registers with {@code Mocks.register} so
 * that the process is tested on its own. The real delegates are covered by the *IT tests in the server.
 */
final class InMemoryEngines {

    private InMemoryEngines() {
    }

    static ProcessEngineExtension extension(String name) {
        var configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setJobExecutorActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setExpressionManager(new MockExpressionManager());
        ProcessEngine engine = configuration.buildProcessEngine();
        return ProcessEngineExtension.builder().useProcessEngine(engine).build();
    }
}
