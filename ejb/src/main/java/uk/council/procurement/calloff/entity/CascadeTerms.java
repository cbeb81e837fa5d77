package uk.council.procurement.calloff.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.platform.InvalidInput;

/**
 * A framework's acceptance windows for the care-at-home cascade: how long the Lot 1 provider on duty,
 * then the zone's other Lot 1 provider, then the Lot 2 providers have to accept a package. A framework
 * without its own terms uses the defaults.
 */
@Entity
@Table(name = "cascade_terms")
public class CascadeTerms {

    public static final int DEFAULT_ON_DUTY_MINUTES = 60;
    public static final int DEFAULT_PARTNER_MINUTES = 30;
    public static final int DEFAULT_OPEN_MINUTES = 120;
    public static final int MIN_MINUTES = 5;
    /** A window longer than a day would leave a hospital discharge waiting. */
    public static final int MAX_MINUTES = 1440;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cascade_terms_seq")
    @SequenceGenerator(name = "cascade_terms_seq", sequenceName = "cascade_terms_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dps_id", nullable = false, unique = true)
    private Dps dps;

    @Column(name = "on_duty_minutes", nullable = false)
    private int onDutyMinutes = DEFAULT_ON_DUTY_MINUTES;

    @Column(name = "partner_minutes", nullable = false)
    private int partnerMinutes = DEFAULT_PARTNER_MINUTES;

    @Column(name = "open_minutes", nullable = false)
    private int openMinutes = DEFAULT_OPEN_MINUTES;

    @Column(name = "updated_by", nullable = false, length = 60)
    @Size(max = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CascadeTerms() {
    }

    /** The defaults, as a framework without terms of its own has them. */
    public static CascadeTerms defaults(Dps dps) {
        var terms = new CascadeTerms();
        terms.dps = dps;
        return terms;
    }

    public void change(Integer onDuty, Integer partner, Integer open, String username, Instant now) {
        this.onDutyMinutes = minutes("onDutyMinutes", onDuty);
        this.partnerMinutes = minutes("partnerMinutes", partner);
        this.openMinutes = minutes("openMinutes", open);
        this.updatedBy = username;
        this.updatedAt = now;
    }

    private static int minutes(String field, Integer value) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        if (value < MIN_MINUTES || value > MAX_MINUTES) {
            throw new InvalidInput(field, "must be from " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
        }
        return value;
    }

    public Duration window(CascadeStage stage) {
        return Duration.ofMinutes(switch (stage) {
            case ON_DUTY -> onDutyMinutes;
            case PARTNER -> partnerMinutes;
            case OPEN -> openMinutes;
        });
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Dps getDps() {
        return dps;
    }

    public int getOnDutyMinutes() {
        return onDutyMinutes;
    }

    public int getPartnerMinutes() {
        return partnerMinutes;
    }

    public int getOpenMinutes() {
        return openMinutes;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
