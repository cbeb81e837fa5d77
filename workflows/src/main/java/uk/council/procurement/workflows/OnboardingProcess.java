package uk.council.procurement.workflows;

/**
 * Ids in {@code onboarding.bpmn} that Java code refers to. The BPMN file and this class change
 * together; {@code OnboardingProcessTest} fails if they drift apart.
 */
public final class OnboardingProcess {

    public static final String RESOURCE = "onboarding.bpmn";
    public static final String PROCESS_ID = "onboarding";

    /** Automatic checks: required documents, CQC ratings against each lot's policy. */
    public static final String CHECK_APPLICATION = "checkApplication";
    /** A procurement officer recommends an outcome for every lot applied for. */
    public static final String EVALUATE_APPLICATION = "evaluateApplication";
    /** A commissioning lead (not the recommending officer) approves or returns the recommendation. */
    public static final String APPROVE_DECISION = "approveDecision";
    /** The provider accepts the DPS agreement for the lots it was admitted to. */
    public static final String ACCEPT_AGREEMENT = "acceptAgreement";
    /** Admission takes effect once the agreement is accepted. */
    public static final String ADMIT_PROVIDER = "admitProvider";
    /** The decision period, within which the evaluation clock runs. */
    public static final String DECISION_PERIOD = "decisionPeriod";
    /** Non-interrupting timer on the decision period: warns leads before the due date. */
    public static final String DEADLINE_WARNING = "deadlineWarning";
    public static final String WARN_LEAD = "warnLeadOfDeadline";
    public static final String END_ADMITTED = "providerAdmitted";
    public static final String END_REJECTED = "applicationRejected";
    /**
     * Interrupting event sub-process: the provider withdrew the application before the decision, so
     * whatever is open (the check, the officers' and leads' tasks, the deadline timer) ends with it.
     */
    public static final String WITHDRAWAL = "withdrawal";
    /** Name of the message that starts {@value #WITHDRAWAL}, correlated by business key. */
    public static final String MESSAGE_WITHDRAWN = "applicationWithdrawn";
    public static final String END_WITHDRAWN = "applicationWithdrawn";

    /** Candidate groups of the user tasks; they equal the application's security roles. */
    public static final String GROUP_OFFICER = "procurement-officer";
    public static final String GROUP_LEAD = "commissioning-lead";
    public static final String GROUP_PROVIDER = "provider";

    public static final class Vars {
        /** Database id of the application this instance decides. */
        public static final String APPLICATION_ID = "applicationId";
        /** Last day of the evaluation clock (a java.util.Date at 23:59 London time). */
        public static final String DUE_DATE = "dueDate";
        /** When the deadline warning fires (a java.util.Date). */
        public static final String WARNING_AT = "deadlineWarningAt";
        /** Set when the lead completes approveDecision. */
        public static final String APPROVED = "approved";
        /** Set when the decision is approved: true if at least one lot admits the provider. */
        public static final String ANY_LOT_ADMITTED = "anyLotAdmitted";

        private Vars() {
        }
    }

    private OnboardingProcess() {
    }
}
