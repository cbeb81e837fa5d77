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
    /** A procurement officer evaluates the offers received by the deadline. */
    public static final String EVALUATE_OFFERS = "evaluateOffers";
    public static final String END_EVALUATED = "offersEvaluated";
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

    public static final class Vars {
        /** Database id of the requirement this instance runs the competition for. */
        public static final String REQUIREMENT_ID = "requirementId";
        /** When offers close (a java.util.Date); the {@value CallOffProcess#OFFERS_CLOSE} timer fires then. */
        public static final String OFFER_DEADLINE = "offerDeadline";
        /** Due date of the evaluation task (a java.util.Date). */
        public static final String EVALUATION_DUE = "evaluationDue";

        private Vars() {
        }
    }

    private CallOffProcess() {
    }
}
