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
    private static final String WHAT = "Requirement";
    static final LocalTime EVALUATION_DUE_TIME = LocalTime.of(17, 0);

    @Inject
    Workflows workflows;

    @Inject
    WorkingDayCalendar calendar;

    public void start(Requirement requirement) {
        workflows.start(CallOffProcess.PROCESS_ID, requirement.getReference(), variables(requirement),
                searchText(requirement));
    }

    /**
     * A requirement whose offers already closed (the demo data's, made with dates in the past): its
     * process starts at the evaluation, as if the timer had fired.
     */
    public void startAtEvaluation(Requirement requirement, long offersReceived) {
        var variables = variables(requirement);
        variables.put(Vars.OFFERS_RECEIVED, offersReceived);
        workflows.startAt(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.EVALUATE_OFFERS, variables,
                searchText(requirement));
    }

    private Map<String, Object> variables(Requirement requirement) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.REQUIREMENT_ID, requirement.getId());
        variables.put(Vars.OFFER_DEADLINE, Date.from(requirement.getOfferDeadline()));
        variables.put(Vars.EVALUATION_DUE, Date.from(evaluationDue(requirement.getOfferDeadline())));
        return variables;
    }

    private static String searchText(Requirement requirement) {
        var lot = requirement.getLot();
        return requirement.getReference() + " " + lot.getDps().getReference() + " " + lot.getCode() + " " + lot.getTitle()
                + " " + requirement.getPostcode();
    }

    /** The requirement was cancelled: its process ends, with the deadline timer or evaluation task. */
    public void cancel(Requirement requirement) {
        workflows.endByMessage(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.MESSAGE_CANCELLED,
                "Requirement cancelled");
    }

    /** The officer proposed the award: to a commissioning lead's approval, or straight to the winner. */
    public void proposed(Requirement requirement, String username, boolean approvalNeeded) {
        workflows.complete(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.EVALUATE_OFFERS, username,
                Map.of(Vars.OUTCOME, CallOffProcess.OUTCOME_AWARD, Vars.APPROVAL_NEEDED, approvalNeeded,
                        Vars.CONFIRMATION_DUE, confirmationDate(requirement)), WHAT);
    }

    /** The winner's time to answer, for the process's timer: the requirement's, or a week away while approval is awaited. */
    private static Date confirmationDate(Requirement requirement) {
        return Date.from(requirement.getConfirmBy() != null ? requirement.getConfirmBy()
                : java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
    }

    /**
     * Whether the requirement's process lapses an unanswered award: one started from a model before the
     * time to confirm existed does not, and its winner keeps the time it had (none).
     */
    public boolean lapsesAwards(Requirement requirement) {
        return workflows.hasStep(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.CONFIRMATION_LAPSES);
    }

    /**
     * When the winner's time to confirm ends: 17:00 UK time on the working day after the award reaches
     * it (a Friday's award, or a bank holiday eve's, runs to the next working day's end).
     */
    public Instant confirmationDue(Instant reached) {
        var day = calendar.addWorkingDays(reached.atZone(Clocks.UK).toLocalDate(), 1);
        return day.atTime(EVALUATION_DUE_TIME).atZone(Clocks.UK).toInstant();
    }

    /**
     * The commissioning lead approved the award, or returned it to the officers. A requirement whose
     * process was started from the model before it had award steps has ended its process at the
     * evaluation; the requirement's own state (checked before) is then all there is to move.
     */
    public void decided(Requirement requirement, String username, boolean approved) {
        if (!workflows.isRunning(CallOffProcess.PROCESS_ID, requirement.getReference())) {
            return;
        }
        workflows.complete(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.APPROVE_AWARD, username,
                Map.of(Vars.APPROVED, approved, Vars.CONFIRMATION_DUE, confirmationDate(requirement)), WHAT);
    }

    /** The winner confirmed (the contract exists) or declined the award. */
    public void awardAnswered(Requirement requirement, boolean confirmed) {
        if (!workflows.isRunning(CallOffProcess.PROCESS_ID, requirement.getReference())) {
            return; // a process from before the award steps (see decided)
        }
        workflows.correlate(CallOffProcess.PROCESS_ID, requirement.getReference(), CallOffProcess.MESSAGE_AWARD_ANSWERED,
                Map.of(Vars.AWARD_CONFIRMED, confirmed), WHAT);
    }

    /** The officer closed the requirement without an award, from the evaluation or from "no offers". */
    public void ended(Requirement requirement, String username) {
        String reference = requirement.getReference();
        String task = workflows.openTaskKey(CallOffProcess.PROCESS_ID, reference)
                .filter(CallOffProcess.NO_OFFERS::equals).orElse(CallOffProcess.EVALUATE_OFFERS);
        workflows.complete(CallOffProcess.PROCESS_ID, reference, task, username,
                Map.of(Vars.OUTCOME, CallOffProcess.OUTCOME_NO_AWARD), WHAT);
    }

    Instant evaluationDue(Instant deadline) {
        var day = calendar.addWorkingDays(deadline.atZone(Clocks.UK).toLocalDate(), EVALUATION_WORKING_DAYS);
        return day.atTime(EVALUATION_DUE_TIME).atZone(Clocks.UK).toInstant();
    }
}
