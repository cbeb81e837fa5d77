package uk.council.procurement.contracts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

import uk.council.procurement.workflows.ExtensionReviewProcess.Vars;

/** The review's clock: recommend six weeks and decide two weeks before the notice deadline; warn a fortnight before. */
class ReviewWorkflowTest {

    private static ReviewWorkflow at(String now) {
        var workflow = new ReviewWorkflow();
        workflow.clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return workflow;
    }

    @Test
    void theDatesCountBackFromTheNoticeDeadline() {
        var variables = at("2024-06-05T10:00:00Z").clockVariables(LocalDate.of(2024, 7, 24));
        // 24/07/2024: recommend by 12/06 17:00, decide by 10/07 17:00, warn 10/07 09:00 (summer time: 08:00 UTC)
        assertThat(variables.get(Vars.RECOMMEND_BY)).isEqualTo(Date.from(Instant.parse("2024-06-12T16:00:00Z")));
        assertThat(variables.get(Vars.DECIDE_BY)).isEqualTo(Date.from(Instant.parse("2024-07-10T16:00:00Z")));
        assertThat(variables.get(Vars.ESCALATE_AT)).isEqualTo(Date.from(Instant.parse("2024-07-10T08:00:00Z")));
    }

    @Test
    void aReviewStartedLateStillGetsTimeAndItsWarningAMinuteOn() {
        var variables = at("2024-07-20T10:00:00Z").clockVariables(LocalDate.of(2024, 7, 24));
        assertThat(variables.get(Vars.RECOMMEND_BY)).isEqualTo(Date.from(Instant.parse("2024-07-25T16:00:00Z")));
        assertThat(variables.get(Vars.DECIDE_BY)).isEqualTo(Date.from(Instant.parse("2024-07-30T16:00:00Z")));
        assertThat(variables.get(Vars.ESCALATE_AT)).isEqualTo(Date.from(Instant.parse("2024-07-20T10:01:00Z")));
    }
}
