package uk.council.procurement.platform;

/** Name of the one process engine; Camunda's CDI producers (RuntimeService, TaskService...) find it by this. */
public final class ProcessEngines {

    public static final String NAME = "default";

    private ProcessEngines() {
    }
}
