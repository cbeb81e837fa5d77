package uk.council.procurement.workflows;

/**
 * Ids in {@code packageCascade.bpmn} (the "package-cascade") that Java code refers to. The
 * BPMN file and this class change together; {@code PackageCascadeProcessTest} fails if they drift apart.
 */
public final class PackageCascadeProcess {

    public static final String RESOURCE = "packageCascade.bpmn";
    public static final String PROCESS_ID = "packageCascade";

    public static final String PACKAGE_RAISED = "packageRaised";
    /**
     * Asynchronous delegate: moves the cascade on (offers the next step, or sees the package accepted,
     * or finds the cascade run out) and says where in {@link Vars#OUTCOME}.
     */
    public static final String OFFER_PACKAGE = "offerPackage";
    public static final String CASCADE_OUTCOME = "cascadeOutcome";
    /** Waits for the step's providers: an acceptance, or every one declining ({@link #MESSAGE_ANSWERED}). */
    public static final String AWAIT_ANSWER = "awaitAnswer";
    /** Boundary timer at the end of the step's acceptance window ({@link Vars#WINDOW_ENDS}). */
    public static final String WINDOW_ENDS = "windowEnds";
    /** Name of the message an acceptance, or the step's last decline, sends. */
    public static final String MESSAGE_ANSWERED = "packageAnswered";
    /** Nobody accepted: a procurement officer offers it again or records how the care was arranged. */
    public static final String ARRANGE_CARE = "arrangeCare";
    public static final String END_ACCEPTED = "packageAccepted";
    public static final String END_ARRANGED = "arrangedElsewhere";
    /** The package ended outside the cascade (cancelled while a step was running). */
    public static final String END_ENDED = "cascadeEnded";
    /** Interrupting event sub-process: an officer cancelled the package. */
    public static final String CANCELLATION = "packageCancellation";
    public static final String MESSAGE_CANCELLED = "packageCancelled";
    public static final String END_CANCELLED = "packageCancelled";

    public static final String GROUP_OFFICER = "procurement-officer";

    /** Values of {@link Vars#OUTCOME}. */
    public static final String OUTCOME_OFFERED = "OFFERED";
    public static final String OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String OUTCOME_NOBODY = "NOBODY";
    public static final String OUTCOME_ENDED = "ENDED";

    public static final class Vars {
        /** Database id of the package. */
        public static final String PACKAGE_ID = "packageId";
        /** Set by {@value PackageCascadeProcess#OFFER_PACKAGE}: OFFERED, ACCEPTED, NOBODY or ENDED. */
        public static final String OUTCOME = "outcome";
        /** When the current step's window ends (a java.util.Date). */
        public static final String WINDOW_ENDS = "windowEnds";
        /**
         * When the care is to start (a java.util.Date: 08:00 UK time on the start date): the due date of
         * {@value PackageCascadeProcess#ARRANGE_CARE}, since the care must be arranged before then.
         */
        public static final String CARE_STARTS = "careStarts";
        /** The officer's decision at {@value PackageCascadeProcess#ARRANGE_CARE} (a Boolean): offer it again, or not. */
        public static final String REOFFER = "reoffer";

        private Vars() {
        }
    }

    private PackageCascadeProcess() {
    }
}
