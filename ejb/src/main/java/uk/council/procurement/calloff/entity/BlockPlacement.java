package uk.council.procurement.calloff.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;

/** One person's stay in a block call-off; ending it early frees its place from the day after. */
@Entity
@Table(name = "block_placement")
public class BlockPlacement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "block_placement_seq")
    @SequenceGenerator(name = "block_placement_seq", sequenceName = "block_placement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "block_id", nullable = false)
    private BlockCallOff block;

    @NotBlank(message = "Give the person's reference (from the care record), not their name")
    @Size(max = 40)
    @Column(name = "person_reference", nullable = false, length = 40)
    private String personReference;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    /** The last day of the stay when it ended early (the day before a stay that never began). */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Size(max = 2000)
    @Column(name = "end_reason", length = 2000)
    private String endReason;

    @Size(max = 60)
    @Column(name = "placed_by", nullable = false, length = 60)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Size(max = 60)
    @Column(name = "ended_by", length = 60)
    private String endedBy;

    protected BlockPlacement() {
    }

    BlockPlacement(BlockCallOff block, String personReference, LocalDate fromDate, LocalDate toDate, String username,
            Instant now) {
        this.block = block;
        this.personReference = personReference == null || personReference.isBlank() ? null : personReference.strip();
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.placedBy = username;
        this.placedAt = now;
    }

    /** The last day the stay takes a place (null for a stay ended before it began). */
    LocalDate lastDay() {
        var last = endedOn != null && endedOn.isBefore(toDate) ? endedOn : toDate;
        return last.isBefore(fromDate) ? null : last;
    }

    /**
     * Ends the stay early: its last day is the given one (from yesterday on; the day before it began
     * cancels a stay not begun), with the reason.
     */
    public void end(LocalDate lastDay, String reason, String username, LocalDate today) {
        if (endedOn != null) {
            throw new WrongState("This stay already ended on " + UkFormat.date(endedOn) + ".");
        }
        if (lastDay == null) {
            throw new InvalidInput("lastDay", "is required");
        }
        if (lastDay.isBefore(today.minusDays(1)) || lastDay.isBefore(fromDate.minusDays(1))) {
            throw new InvalidInput("lastDay", "must be yesterday or later, and no earlier than the day before the stay began");
        }
        if (!lastDay.isBefore(toDate)) {
            throw new InvalidInput("lastDay", "must be before the stay's last day " + UkFormat.date(toDate));
        }
        this.endedOn = lastDay;
        this.endReason = reason;
        this.endedBy = username;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BlockCallOff getBlock() {
        return block;
    }

    public String getPersonReference() {
        return personReference;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
