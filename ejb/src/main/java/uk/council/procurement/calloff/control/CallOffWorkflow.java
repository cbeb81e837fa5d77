package uk.council.procurement.calloff.control;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import uk.council.procurement.calloff.entity.Requirement;
import uk.council.procurement.platform.Clocks;
import uk.council.procurement.platform.WorkingDayCalendar;
import uk.council.procurement.platform.workflow.Workflows;
import uk.council.procurement.workflows.CallOffProcess;
import uk.council.procurement.workflows.CallOffProcess.Vars;

/**
 * The call-off process as the boundary drives it: one instance per requirement, found by its
 * reference. Offers close at the deadline (the process's timer); officers evaluate within
 * {@value #EVALUATION_WORKING_DAYS} working days of it.
 */
@Dependent
public class CallOffWorkflow {

    static final int EVALUATION_WORKING_DAYS = 2;
    static final LocalTime EVALUATION_DUE_TIME = LocalTime.of(17, 0);

    @Inject
    Workflows workflows;

    @Inject
    WorkingDayCalendar calendar;

    public void start(Requirement requirement) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.REQUIREMENT_ID, requirement.getId());
        variables.put(Vars.OFFER_DEADLINE, Date.from(requirement.getOfferDeadline()));
        variables.put(Vars.EVALUATION_DUE, Date.from(evaluationDue(requirement.getOfferDeadline())));
        var lot = requirement.getLot();
        workflows.start(CallOffProcess.PROCESS_ID, requirement.getReference(), variables, requirement.getReference() + " "
                + lot.getDps().getReference() + " " + lot.getCode() + " " + lot.getTitle() + " " + requirement.getPostcode());
    }

    /** The requirement was cancelled: its process ends, with the deadline timer or evaluation task. */
    public void cancel(Requirement requirement) {
        workflows.endByMessage(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.MESSAGE_CANCELLED,
                "Requirement cancelled");
    }

    Instant evaluationDue(Instant deadline) {
        var day = calendar.addWorkingDays(deadline.atZone(Clocks.UK).toLocalDate(), EVALUATION_WORKING_DAYS);
        return day.atTime(EVALUATION_DUE_TIME).atZone(Clocks.UK).toInstant();
    }
}
