package uk.council.procurement.workflows;

/** Ids in {@code cqcSync.bpmn} that Java code refers to. */
public final class CqcSyncProcess {

    public static final String RESOURCE = "cqcSync.bpmn";
    public static final String PROCESS_ID = "cqcSync";

    /** Delegate: reads CQC's changes feed and applies it. */
    public static final String SYNC_CQC_CHANGES = "syncCqcChanges";

    private CqcSyncProcess() {
    }
}
