package uk.council.procurement.contracts.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import uk.council.procurement.contracts.entity.ExtensionReview;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.ExtensionReviewProcess;
import uk.council.procurement.workflows.ExtensionReviewProcess.Vars;

/**
 * The extension review process as the boundary drives it: one instance per review, keyed by its
 * reference. Its clock comes from the notice deadline: officers recommend six weeks before it, leads
 * decide two weeks before it, and both are told a fortnight before it if anything is still open.
 */
@Dependent
public class ReviewWorkflow {

    static final int RECOMMEND_DAYS_BEFORE = 42;
    static final int DECIDE_DAYS_BEFORE = 14;
    static final int WARN_DAYS_BEFORE = 14;
    static final String WHAT = "Review";

    @Inject
    Workflows workflows;

    @Inject
    Clock clock;

    public void start(ExtensionReview review) {
        workflows.startByMessage(ExtensionReviewProcess.MESSAGE_REQUESTED, review.getReference(),
                clockVariables(review.getNoticeDeadline()), review.getReference() + " " + review.getDps().getReference()
                        + " " + review.getDps().getTitle());
    }

    /** Completes the review's open task of the given kind in the user's name. */
    public void complete(ExtensionReview review, String taskKey, String username, Map<String, Object> variables) {
        workflows.complete(ExtensionReviewProcess.PROCESS_ID, review.getReference(), taskKey, username, variables, WHAT);
    }

    /**
     * The leads finish: back to the officers with fresh due dates when something was returned (a returned
     * recommendation must not arrive overdue), else on to the notices.
     */
    public void finishApproval(ExtensionReview review, String username, boolean returned) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.RETURNED, returned);
        if (returned) {
            var dates = clockVariables(review.getNoticeDeadline());
            variables.put(Vars.RECOMMEND_BY, dates.get(Vars.RECOMMEND_BY));
            variables.put(Vars.DECIDE_BY, dates.get(Vars.DECIDE_BY));
        }
        complete(review, ExtensionReviewProcess.APPROVE, username, variables);
    }

    Map<String, Object> clockVariables(LocalDate noticeDeadline) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.RECOMMEND_BY, endOf(later(today.plusDays(5), noticeDeadline.minusDays(RECOMMEND_DAYS_BEFORE))));
        variables.put(Vars.DECIDE_BY, endOf(later(today.plusDays(10), noticeDeadline.minusDays(DECIDE_DAYS_BEFORE))));
        Instant warnAt = noticeDeadline.minusDays(WARN_DAYS_BEFORE).atTime(LocalTime.of(9, 0)).atZone(Clocks.UK).toInstant();
        variables.put(Vars.ESCALATE_AT, Date.from(warnAt.isAfter(now) ? warnAt : now.plusSeconds(60)));
        return variables;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Date endOf(LocalDate day) {
        return Date.from(day.atTime(17, 0).atZone(Clocks.UK).toInstant());
    }
}
