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

    /** Tables the fingerprint leaves out: the engine's history, id blocks, metrics and job locks, and Flyway's log. */
    private static final java.util.regex.Pattern VOLATILE = java.util.regex.Pattern.compile(
            "(?i)act_hi_.*|act_ge_property|act_ru_meter_log|act_ru_task_meter_log|act_ru_job|flyway_schema_history|schema_version");

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/DpsDS")
    javax.sql.DataSource dataSource;

    /**
     * A digest of the database's state, for tests that must prove a refused request changed
     * nothing: per table its row count and, where rows carry a version (the application's version
     * column, the engine's REV_), the sum of the versions; so an insert, a delete or an update of a
     * versioned row all change it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.PROCUREMENT_OFFICER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String fingerprint() {
        requireTestRun();
        var parts = new java.util.TreeMap<String, String>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            var tables = new java.util.ArrayList<String>();
            try (var rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!VOLATILE.matcher(table).matches()) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                String version = null;
                try (var columns = meta.getColumns(null, connection.getSchema(), table, "%")) {
                    while (columns.next()) {
                        String column = columns.getString("COLUMN_NAME");
                        int type = columns.getInt("DATA_TYPE");
                        boolean whole = type == java.sql.Types.BIGINT || type == java.sql.Types.INTEGER
                                || type == java.sql.Types.SMALLINT;
                        if (whole && (column.equalsIgnoreCase("version") || column.equalsIgnoreCase("rev_"))) {
                            version = column;
                        }
                    }
                }
                String quoted = meta.getIdentifierQuoteString();
                String sql = "SELECT COUNT(*)" + (version == null ? "" : ", COALESCE(SUM(" + quoted + version + quoted + "), 0)")
                        + " FROM " + quoted + table + quoted;
                try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
                    rs.next();
                    parts.put(table.toLowerCase(java.util.Locale.ROOT),
                            rs.getLong(1) + (version == null ? "" : "/" + rs.getLong(2)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read the database for a fingerprint", e);
        }
        return parts.toString();
    }

    private static void requireTestRun() {
        if (!Clocks.testClockEnabled()) {
            throw new RecordNotFound("Test data", "outside test runs");
        }
    }
}
