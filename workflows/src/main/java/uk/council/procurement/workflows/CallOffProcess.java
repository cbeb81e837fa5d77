package uk.council.procurement.workflows;

/**
 * Ids in {@code calloff.bpmn} that Java code refers to. The BPMN file and this class change
 * together; {@code CallOffProcessTest} fails if they drift apart.
 */
public final class CallOffProcess {

    public static final String RESOURCE = "calloff.bpmn";
    public static final String PROCESS_ID = "calloff";

    /** The requirement was issued to every eligible provider location in the lot. */
    public static final String REQUIREMENT_ISSUED = "requirementIssued";
    /** Timer at the offer deadline; offers stay sealed until it fires. */
    public static final String OFFERS_CLOSE = "offersClose";
    /** Asynchronous delegate: closes the offers at the deadline, so that officers can open them. */
    public static final String CLOSE_OFFERS = "closeOffers";
    /** Whether any offer was received by the deadline ({@link Vars#OFFERS_RECEIVED}). */
    public static final String ANY_OFFERS = "anyOffers";
    /** No offer was received: a procurement officer decides what happens instead (re-issue, spot purchase). */
    public static final String NO_OFFERS = "noOffers";
    /**
     * A procurement officer evaluates the offers received by the deadline and proposes the award, or
     * ends the competition without one ({@link Vars#OUTCOME}).
     */
    public static final String EVALUATE_OFFERS = "evaluateOffers";
    /** Where the evaluation led: an award needing approval, one that does not, or none. */
    public static final String EVALUATION_OUTCOME = "evaluationOutcome";
    /** A commissioning lead (not the proposer) approves or returns the award ({@link Vars#APPROVED}). */
    public static final String APPROVE_AWARD = "approveAward";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    /** Waits for the winning provider to confirm or decline the award ({@link #MESSAGE_AWARD_ANSWERED}). */
    public static final String AWAIT_CONFIRMATION = "awaitConfirmation";
    public static final String CONFIRMATION_OUTCOME = "confirmationOutcome";
    /**
     * Boundary timer on {@value #AWAIT_CONFIRMATION} at {@link Vars#CONFIRMATION_DUE}: the winner did not
     * answer in time, so the award lapses and the officers choose again.
     */
    public static final String CONFIRMATION_LAPSES = "confirmationLapses";
    /** Delegate after {@value #CONFIRMATION_LAPSES}: records the lapse (unless the winner answered just before). */
    public static final String LAPSE_AWARD = "lapseAward";
    /** Name of the message the winner's answer sends, with {@link Vars#AWARD_CONFIRMED}. */
    public static final String MESSAGE_AWARD_ANSWERED = "awardAnswered";
    /** The winner confirmed: the call-off contract exists. */
    public static final String END_AWARDED = "contractAwarded";
    /** Ended without an award, with the officer's reason. */
    public static final String END_NO_AWARD = "closedWithoutAward";
    /**
     * Interrupting event sub-process: an officer cancelled the requirement, so whatever is open (the
     * deadline timer, the closing of offers, the evaluation task) ends with it.
     */
    public static final String CANCELLATION = "cancellation";
    /** Name of the message that starts {@value #CANCELLATION}, correlated by business key. */
    public static final String MESSAGE_CANCELLED = "requirementCancelled";
    public static final String END_CANCELLED = "requirementCancelled";

    /** Candidate group of the evaluation task; it equals the application's security role. */
    public static final String GROUP_OFFICER = "procurement-officer";
    /** Candidate group of the approval task; it equals the application's security role. */
    public static final String GROUP_LEAD = "commissioning-lead";
    /** Values of {@link Vars#OUTCOME}. */
    public static final String OUTCOME_AWARD = "AWARD";
    public static final String OUTCOME_NO_AWARD = "NO_AWARD";

    public static final class Vars {
        /** Database id of the requirement this instance runs the competition for. */
        public static final String REQUIREMENT_ID = "requirementId";
        /** When offers close (a java.util.Date); the {@value CallOffProcess#OFFERS_CLOSE} timer fires then. */
        public static final String OFFER_DEADLINE = "offerDeadline";
        /** Due date of the evaluation task (a java.util.Date). */
        public static final String EVALUATION_DUE = "evaluationDue";
        /** How many offers stood when offers closed (a Long), set by {@value CallOffProcess#CLOSE_OFFERS}. */
        public static final String OFFERS_RECEIVED = "offersReceived";
        /** {@value CallOffProcess#OUTCOME_AWARD} or {@value CallOffProcess#OUTCOME_NO_AWARD}, as the officer decided. */
        public static final String OUTCOME = "outcome";
        /** Whether the proposed award's annual value is above the lot's approval threshold (a Boolean). */
        public static final String APPROVAL_NEEDED = "approvalNeeded";
        /** The commissioning lead's decision (a Boolean): approved, or returned to the officers. */
        public static final String APPROVED = "approved";
        /** When the winner's time to confirm ends (a java.util.Date), set when the award reaches the winner. */
        public static final String CONFIRMATION_DUE = "confirmationDue";
        /** The winner's answer (a Boolean): confirmed, or declined. */
        public static final String AWARD_CONFIRMED = "awardConfirmed";

        private Vars() {
        }
    }

    private CallOffProcess() {
    }
}
