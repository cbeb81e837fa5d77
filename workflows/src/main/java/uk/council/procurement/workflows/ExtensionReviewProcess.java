package uk.council.procurement.workflows;

/** Ids in {@code extension-review.bpmn} that Java code refers to. */
public final class ExtensionReviewProcess {

    public static final String RESOURCE = "extension-review.bpmn";
    public static final String PROCESS_ID = "extensionReview";

    /** Message that starts one review (a process with a timer start cannot also have a none start). */
    public static final String MESSAGE_REQUESTED = "extensionReviewRequested";

    /** Timer start: every morning, reviews are started for markets whose notice deadline draws near. */
    public static final String DAILY_CHECK = "everyMorning";
    /** Delegate of the daily check. */
    public static final String START_DUE_REVIEWS = "startDueReviews";

    /** User task (procurement officers): compile the evidence and recommend, per provider. */
    public static final String RECOMMEND = "recommend";
    /** User task (commissioning leads): approve or return each recommendation, recording cabinet's where needed. */
    public static final String APPROVE = "approve";
    /** Non-interrupting timer on the review: the notice deadline is near and decisions are still open. */
    public static final String DEADLINE_NEAR = "deadlineNear";
    /** Delegate: tells leads and officers that the notice deadline is near. */
    public static final String ESCALATE_REVIEW = "escalateReview";
    /** Delegate: notices to providers not extended, and the approved extensions on their way to deeds. */
    public static final String GIVE_REVIEW_NOTICES = "giveReviewNotices";

    /** Variables. */
    public static final class Vars {
        /** Due date of the recommendation task. */
        public static final String RECOMMEND_BY = "recommendBy";
        /** Due date of the approval task. */
        public static final String DECIDE_BY = "decideBy";
        /** When the deadline warning fires. */
        public static final String ESCALATE_AT = "escalateAt";
        /** Set when the leads finish: whether any recommendation went back to the officers. */
        public static final String RETURNED = "returned";

        private Vars() {
        }
    }

    private ExtensionReviewProcess() {
    }
}
