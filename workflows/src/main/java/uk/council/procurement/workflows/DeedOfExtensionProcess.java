package uk.council.procurement.workflows;

/** Ids in {@code deed-of-extension.bpmn} that Java code refers to. */
public final class DeedOfExtensionProcess {

    public static final String RESOURCE = "deed-of-extension.bpmn";
    public static final String PROCESS_ID = "deedOfExtension";

    /** Receive task: the provider signs in the portal. */
    public static final String PROVIDER_SIGNS = "providerSigns";
    /** Message that the provider signed. */
    public static final String MESSAGE_SIGNED = "deedSignedByProvider";
    /** Message that the provider refused to sign (interrupts the signatures). */
    public static final String MESSAGE_REFUSED = "deedRefusedByProvider";
    /** User task (legal): sign and seal the deed the provider signed. */
    public static final String SEAL = "sealDeed";
    /** Non-interrupting timer on the signatures: the notice deadline has come and the deed is not complete. */
    public static final String DEADLINE = "deadlineReached";
    /** Delegate: tells legal and the leads that the deed is not complete by its deadline. */
    public static final String ESCALATE_DEED = "escalateDeed";
    /** End events. */
    public static final String END_SEALED = "sealed";
    public static final String END_REFUSED = "refused";

    /** Variables. */
    public static final class Vars {
        /** Due date of legal's task: the end of the deadline day. */
        public static final String SEAL_BY = "sealBy";
        /** When the deadline escalation fires. */
        public static final String ESCALATE_AT = "escalateAt";

        private Vars() {
        }
    }

    private DeedOfExtensionProcess() {
    }
}
