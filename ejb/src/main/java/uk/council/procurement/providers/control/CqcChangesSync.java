package uk.council.procurement.providers.control;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import uk.council.procurement.platform.ServiceUnavailable;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.providers.entity.RatingSource;

/**
 * Reads CQC's feed of changed locations from where the last read ended up to now, and refreshes
 * every changed location that an organisation here holds, each in its own transaction. Runs daily
 * (the engine's timer in {@code cqcSync.bpmn}) and on an operator's "sync now"; one run at a time on
 * a server (a second caller is told so at once).
 */
@Singleton
@PermitAll
@Lock(LockType.WRITE)
@AccessTimeout(0)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CqcChangesSync {

    /** A guard against a feed that never ends. */
    private static final int MAX_PAGES = 1000;

    /** What one run did. */
    public record Report(Instant from, Instant to, int changedAtCqc, int held, int updated, List<String> problems,
            boolean complete) {

        public String summary() {
            return (complete ? "" : "Stopped early. ") + "CQC changes from " + UkFormat.dateTime(from) + " to "
                    + UkFormat.dateTime(to) + ": " + changedAtCqc + " changed at CQC, " + held + " held here, "
                    + updated + " updated" + (problems.isEmpty() ? "." : "; problems: " + String.join("; ", problems));
        }
    }

    @Inject
    CqcApi cqc;

    @EJB
    RatingUpdates updates;

    @Inject
    Clock clock;

    public Report run() {
        Instant to = clock.instant();
        Instant from = updates.syncState().getSyncedUpTo();
        if (!from.isBefore(to)) {
            from = to.minus(java.time.Duration.ofDays(1)); // the clock went back (a test run, or a corrected server clock)
        }
        int changed = 0;
        int held = 0;
        int updated = 0;
        var problems = new ArrayList<String>();
        try {
            int page = 1;
            int totalPages = 1;
            while (page <= totalPages && page <= MAX_PAGES) {
                var changes = cqc.changes(from, to, page);
                totalPages = changes.totalPages();
                changed += changes.locationIds().size();
                for (String id : updates.heldAmong(changes.locationIds())) {
                    held++;
                    try {
                        var record = cqc.location(id);
                        if (record.isEmpty()) {
                            problems.add(id + ": CQC no longer serves this location's record");
                        } else if (updates.applyAlone(record.get(), RatingSource.CQC_SYNC) == RatingUpdates.Outcome.CHANGED) {
                            updated++;
                        }
                    } catch (CqcRecords.MalformedRecord e) {
                        problems.add(id + ": " + e.getMessage());
                    } catch (EJBException e) {
                        problems.add(id + ": not updated (" + e.getCausedByException() + ")");
                    }
                }
                page++;
            }
        } catch (ServiceUnavailable e) {
            problems.add(e.getMessage());
            var report = new Report(from, to, changed, held, updated, problems, false);
            updates.recordRun(null, report.summary());
            return report;
        }
        var report = new Report(from, to, changed, held, updated, problems, true);
        updates.recordRun(to, report.summary());
        return report;
    }
}
