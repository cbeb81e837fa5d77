package uk.council.procurement.providers.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

/** Where the last sync of CQC's changes feed ended: the next one starts there, so no change is missed. */
@Entity
@Table(name = "cqc_sync_state")
public class CqcSyncState {

    public static final int ONLY = 1;

    @Id
    private Integer id;

    @Version
    private long version;

    @Column(name = "synced_up_to", nullable = false)
    private Instant syncedUpTo;

    @Column(name = "last_run_at")
    private Instant lastRunAt;

    @Column(name = "last_result", length = 1000)
    @Size(max = 1000)
    private String lastResult;

    protected CqcSyncState() {
    }

    public CqcSyncState(Instant syncedUpTo) {
        this.id = ONLY;
        this.syncedUpTo = syncedUpTo;
    }

    public void ran(Instant at, Instant upTo, String result) {
        lastRunAt = at;
        if (upTo != null) {
            syncedUpTo = upTo;
        }
        lastResult = result.length() > 1000 ? result.substring(0, 997) + "..." : result;
    }

    public Instant getSyncedUpTo() {
        return syncedUpTo;
    }

    public Instant getLastRunAt() {
        return lastRunAt;
    }

    public String getLastResult() {
        return lastResult;
    }
}
