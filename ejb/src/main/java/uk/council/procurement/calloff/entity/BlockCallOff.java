package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * A block call-off: capacity reserved with one provider at one location for a period at a weekly rate
 * per place (respite beds, say). Officers place people into it without a new competition while a place
 * is free on every day of the stay; the block row is locked for each placement, so two officers cannot
 * both take the last place.
 */
@Entity
@Table(name = "block_call_off")
@NamedQuery(name = BlockCallOff.BY_REFERENCE, query = "select b from BlockCallOff b where b.reference = :reference")
public class BlockCallOff {

    public static final String BY_REFERENCE = "BlockCallOff.byReference";
    public static final int MAX_PLACES = 500;
    /** Longest block: three years. */
    public static final int MAX_DAYS = 3 * 366;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "block_call_off_seq")
    @SequenceGenerator(name = "block_call_off_seq", sequenceName = "block_call_off_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @Size(max = 20)
    @Column(name = "location_id", nullable = false, length = 20)
    private String locationId;

    @Size(max = 200)
    @Column(name = "location_name", nullable = false, length = 200)
    private String locationName;

    @NotBlank(message = "Say what the block is for, such as \"Respite beds\"")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Start date is required")
    @PlausibleDate
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "End date is required")
    @PlausibleDate
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Min(value = 1, message = "must be at least 1 place")
    @Max(value = MAX_PLACES, message = "must be at most " + MAX_PLACES + " places")
    @Column(nullable = false)
    private int places;

    @NotNull(message = "Weekly rate per place is required")
    @DecimalMin(value = "0.01", message = "must be more than £0")
    @DecimalMax(value = "99999.99", message = "must be at most £99,999.99 a week")
    @Digits(integer = 5, fraction = 2, message = "must be in pounds and pence")
    @Column(name = "weekly_rate", nullable = false, precision = 10, scale = 2)
    private BigDecimal weeklyRate;

    @Size(max = 60)
    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "block", cascade = CascadeType.PERSIST)
    @OrderBy("fromDate, id")
    private List<BlockPlacement> placements = new ArrayList<>();

    protected BlockCallOff() {
    }

    public BlockCallOff(Lot lot, ProviderOrganisation provider, String locationId, String locationName, String title,
            LocalDate startDate, LocalDate endDate, Integer places, BigDecimal weeklyRate, String username, Instant now,
            LocalDate today) {
        this.lot = lot;
        this.provider = provider;
        this.locationId = locationId;
        this.locationName = locationName;
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.startDate = startDate;
        this.endDate = endDate;
        if (places == null) {
            throw new InvalidInput("places", "is required");
        }
        this.places = places;
        this.weeklyRate = weeklyRate;
        this.createdBy = username;
        this.createdAt = now;
        this.reference = "NEW";
        if (startDate != null && endDate != null) {
            PlausibleDate.Check.require("startDate", startDate);
            PlausibleDate.Check.require("endDate", endDate);
            if (endDate.isBefore(startDate)) {
                throw new InvalidInput("endDate", "must be on or after the start date " + UkFormat.date(startDate));
            }
            if (endDate.isBefore(today)) {
                throw new InvalidInput("endDate", "must not be in the past");
            }
            if (ChronoUnit.DAYS.between(startDate, endDate) + 1 > MAX_DAYS) {
                throw new InvalidInput("endDate", "A block runs at most three years");
            }
            var dps = lot.getDps();
            if (startDate.isBefore(dps.getTermStart()) || endDate.isAfter(dps.currentTermEnd())) {
                throw new RuleViolation("A block must lie within the term of " + dps.getReference() + " ("
                        + UkFormat.date(dps.getTermStart()) + " to " + UkFormat.date(dps.currentTermEnd()) + ").");
            }
        }
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Block not persisted yet");
        }
        this.reference = String.format(Locale.UK, "BLK-%d-%05d", year, id);
    }

    /**
     * Places a person for a stay: within the block's period, from today on, and only while a place is
     * free on every day of the stay (placements ended early free their places from the day after).
     */
    public BlockPlacement place(String personReference, LocalDate from, LocalDate to, String username, Instant now,
            LocalDate today) {
        if (from == null) {
            throw new InvalidInput("fromDate", "is required");
        }
        if (to == null) {
            throw new InvalidInput("toDate", "is required");
        }
        PlausibleDate.Check.require("fromDate", from);
        PlausibleDate.Check.require("toDate", to);
        String person = personReference == null ? "" : personReference.strip();
        if (person.isEmpty()) {
            throw new InvalidInput("personReference", "Give the person's reference (from the care record), not their name");
        }
        if (person.length() > 40) {
            throw new InvalidInput("personReference", "must be at most 40 characters");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("toDate", "must be on or after " + UkFormat.date(from));
        }
        if (from.isBefore(today)) {
            throw new InvalidInput("fromDate", "must be today or later");
        }
        if (from.isBefore(startDate) || to.isAfter(endDate)) {
            throw new RuleViolation("Block " + reference + " runs from " + UkFormat.date(startDate) + " to "
                    + UkFormat.date(endDate) + ": a stay must lie within it.");
        }
        for (var other : placements) {
            var last = other.lastDay();
            if (other.getPersonReference().equalsIgnoreCase(person) && last != null && !last.isBefore(from)
                    && !other.getFromDate().isAfter(to)) {
                throw new WrongState(person + " is already placed in block " + reference + " from "
                        + UkFormat.date(other.getFromDate()) + " to " + UkFormat.date(last) + ".");
            }
        }
        var peak = peakUse(from, to);
        if (peak.count() >= places) {
            throw new WrongState("Block " + reference + " is full on " + UkFormat.date(peak.day()) + ": all " + places
                    + (places == 1 ? " place is" : " places are") + " taken that day.");
        }
        var placement = new BlockPlacement(this, personReference, from, to, username, now);
        placements.add(placement);
        return placement;
    }

    /** The busiest day of a period and how many places are taken on it. */
    public record Use(LocalDate day, int count) {
    }

    /** Places taken on the busiest day between from and to (placements ended or cancelled count until they ended). */
    public Use peakUse(LocalDate from, LocalDate to) {
        // a sweep over the stays' start and end days: +1 on the first day of a stay, -1 on the day after it
        var changes = new TreeMap<LocalDate, Integer>();
        for (var p : placements) {
            var last = p.lastDay();
            if (last == null || last.isBefore(from) || p.getFromDate().isAfter(to)) {
                continue;
            }
            var first = p.getFromDate().isBefore(from) ? from : p.getFromDate();
            changes.merge(first, 1, Integer::sum);
            changes.merge(last.plusDays(1), -1, Integer::sum);
        }
        int count = 0;
        var peak = new Use(from, 0);
        for (var change : changes.entrySet()) {
            if (change.getKey().isAfter(to)) {
                break;
            }
            count += change.getValue();
            if (count > peak.count()) {
                peak = new Use(change.getKey(), count);
            }
        }
        return peak;
    }

    /** Places taken on a day. */
    public int inUse(LocalDate day) {
        return peakUse(day, day).count();
    }

    public BlockPlacement placement(Long placementId) {
        return placements.stream().filter(p -> p.getId().equals(placementId)).findFirst()
                .orElseThrow(() -> new uk.council.procurement.platform.RecordNotFound("Placement", placementId));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public Lot getLot() {
        return lot;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getLocationName() {
        return locationName;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getPlaces() {
        return places;
    }

    public BigDecimal getWeeklyRate() {
        return weeklyRate;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<BlockPlacement> getPlacements() {
        return placements;
    }
}
