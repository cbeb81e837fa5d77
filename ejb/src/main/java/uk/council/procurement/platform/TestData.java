package uk.council.procurement.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.security.Roles;
import uk.council.procurement.workflows.OnboardingProcess;
import uk.council.procurement.workflows.OnboardingProcess.Vars;

/**
 * Test runs only (the server started with -Ddps.test-clock=true): a load of open tasks for the inbox
 * benchmark, made in batches. Any other run refuses.
 */
@Stateless
@RolesAllowed(Roles.PROCUREMENT_OFFICER)
public class TestData {

    /** Business keys of the benchmark's processes start so; no application has such a reference. */
    public static final String LOAD_PREFIX = "LOAD-";

    @Inject
    Workflows workflows;

    @Inject
    Clock clock;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /**
     * Opens evaluation tasks numbered from {@code from}, in one transaction: due dates spread over
     * two months either side of now, so that the overdue and due-soon filters have work to do.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openEvaluationTasks(int from, int count) {
        requireTestRun();
        for (int i = from; i < from + count; i++) {
            var due = clock.instant().plus(Duration.ofHours((i * 37L) % 2880 - 1440));
            String key = LOAD_PREFIX + String.format("%06d", i);
            workflows.startAt(OnboardingProcess.PROCESS_ID, key, OnboardingProcess.EVALUATE_APPLICATION,
                    Map.of(Vars.APPLICATION_ID, -1L - i, Vars.DUE_DATE, Date.from(due),
                            Vars.WARNING_AT, Date.from(due.plus(Duration.ofDays(365)))),
                    key + " load test care ltd " + (i % 97));
        }
    }

    /**
     * Refreshes the database's statistics after a bulk load, as PostgreSQL's autovacuum does on its
     * own in production (the test database may run without it): without them its planner picks
     * nested loops over 10,000 rows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void analyze() {
        requireTestRun();
        em.createNativeQuery("ANALYZE").executeUpdate();
    }

    private static void requireTestRun() {
        if (!Clocks.testClockEnabled()) {
            throw new RecordNotFound("Test data", "outside test runs");
        }
    }
}
