package uk.council.procurement.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.CdiJtaProcessEngineConfiguration;
import org.camunda.bpm.engine.cdi.impl.ManagedJobExecutor;
import org.camunda.bpm.engine.cdi.impl.util.BeanManagerLookup;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;


/**
 * Builds the Camunda 7 engine inside the application, on the application's own datasource and JTA
 * transaction manager: a boundary that completes a task and changes entities does both in one
 * transaction. This class is the only place that knows how the engine is made, so moving to a
 * maintained fork of Camunda 7 stays a change here and in the imports.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    /** The index of every BPMN in the workflows module, written by its build. */
    static final String PROCESS_INDEX = "META-INF/processes.idx";

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    /** A dedicated executor (configured in the server) without hung-task detection: job acquisition runs for ever. */
    @Resource(lookup = "java:jboss/ee/concurrency/executor/process-jobs")
    ManagedExecutorService jobExecutorThreads;

    @Inject
    BeanManager beanManager;

    private ProcessEngine engine;

    @PostConstruct
    void start() {
        // Expressions such as ${checkApplication} resolve against this module's beans.
        BeanManagerLookup.localInstance = beanManager;

        var configuration = new CdiJtaProcessEngineConfiguration();
        configuration.setProcessEngineName(ProcessEngines.NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutor(new ManagedJobExecutor(jobExecutorThreads));
        configuration.setJobExecutorActivate(true);
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        // The executor looks for due jobs at least this often (tests shorten it to see moved clocks act):
        // with the lock time below, it bounds how late work in flight at a crash resumes.
        configuration.getJobExecutor().setMaxWait(Long.getLong("dps.jobs.max-wait-ms", 10_000L));
        // A job taken by a server that then dies stays locked this long before another run may take it
        // (the engine's default: 5 minutes), so work in flight at a crash resumes about this long after it
        // was taken. The onboarding steps take well under a second and a CQC call times out after 10 s;
        // a job still running when its lock ends may be taken a second time, so this must stay above the
        // longest job (the daily CQC sync: a call per page of changes and per changed location held).
        configuration.getJobExecutor().setLockTimeInMillis(Integer.getInteger("dps.jobs.lock-time-ms", 30_000));
        // History cleanup removes finished processes' history once their BPMN's historyTimeToLive has
        // passed, at night, when the council's users are away.
        configuration.setHistoryCleanupBatchWindowStartTime("01:00");
        configuration.setHistoryCleanupBatchWindowEndTime("05:00");
        configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
        engine = configuration.buildProcessEngine();

        var processes = processResources();
        var deployment = engine.getRepositoryService().createDeployment()
                .name("dps-procurement")
                .enableDuplicateFiltering(true);
        processes.forEach(deployment::addClasspathResource);
        deployment.deploy();
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
        registerOperators();
        LOG.info("Process engine started on " + Datasource.JNDI_NAME + " with " + processes);
    }

    /**
     * Operators (accounts with the admin role) must be known to the engine's identity service, where
     * Camunda Cockpit looks the signed-in user up; accounts made outside the application (by SQL)
     * are registered here, at start-up.
     */
    private void registerOperators() {
        try (var connection = dataSource.getConnection();
                var query = connection.prepareStatement("SELECT u.username, u.full_name FROM user_account u "
                        + "JOIN user_role r ON r.user_id = u.id WHERE r.role = ?")) {
            query.setString(1, uk.council.procurement.security.Roles.ADMIN);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    uk.council.procurement.platform.workflow.Workflows.registerOperator(engine.getIdentityService(),
                            rows.getString(1), rows.getString(2));
                }
            }
        } catch (java.sql.SQLException e) {
            LOG.warning(() -> "Operators not registered with the engine: " + e);
        }
    }

    /** Every BPMN the workflows module lists: adding a procedure needs no change here. */
    static java.util.List<String> processResources() {
        var loader = ProcessEngineBootstrap.class.getClassLoader();
        try (var in = loader.getResourceAsStream(PROCESS_INDEX)) {
            if (in == null) {
                throw new IllegalStateException(PROCESS_INDEX + " is missing from the workflows module");
            }
            var resources = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> line.endsWith(".bpmn")).sorted().toList();
            if (resources.isEmpty()) {
                throw new IllegalStateException(PROCESS_INDEX + " lists no BPMN");
            }
            return resources;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + PROCESS_INDEX, e);
        }
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
            engine.close();
        }
    }

    public ProcessEngine engine() {
        return engine;
    }
}
