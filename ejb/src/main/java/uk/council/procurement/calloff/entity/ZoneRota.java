package uk.council.procurement.calloff.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * The week-on / week-off rota of a care-at-home zone (a Lot 1 lot): two providers take turns, a week
 * at a time from Monday 00:00 UK time. The first provider is on duty in the week the rota starts and
 * every second week from it (before it too); officers swap single weeks (holidays, a provider's
 * staffing crisis), which turns that week round and leaves the rest as it was.
 */
@Entity
@Table(name = "zone_rota")
public class ZoneRota {

    /** Weeks officers may swap ahead of the current one. */
    public static final int MAX_WEEKS_AHEAD = 104;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zone_rota_seq")
    @SequenceGenerator(name = "zone_rota_seq", sequenceName = "zone_rota_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false, unique = true)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "first_provider_id", nullable = false)
    private ProviderOrganisation firstProvider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "second_provider_id", nullable = false)
    private ProviderOrganisation secondProvider;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zone_rota_swap", joinColumns = @JoinColumn(name = "rota_id"))
    @Column(name = "week_commencing", nullable = false)
    private Set<LocalDate> swappedWeeks = new TreeSet<>();

    @Column(name = "updated_by", nullable = false, length = 60)
    @Size(max = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ZoneRota() {
    }

    public ZoneRota(Lot lot, ProviderOrganisation first, ProviderOrganisation second, LocalDate startsOn,
            String username, Instant now) {
        if (lot.getZone() == null) {
            throw new RuleViolation("Lot " + lot.getCode() + " covers no zone: only a zone's Lot 1 has a rota.");
        }
        this.lot = lot;
        change(first, second, startsOn, username, now);
    }

    /** The Monday that starts the rota week of a day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Sets the pair and the week the first of them starts in; the swaps made so far stay. */
    public final void change(ProviderOrganisation first, ProviderOrganisation second, LocalDate startsOn,
            String username, Instant now) {
        Objects.requireNonNull(first, "first provider");
        Objects.requireNonNull(second, "second provider");
        if (startsOn == null) {
            throw new RuleViolation("Say in which week the rota starts.");
        }
        if (startsOn.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolation("A rota week starts on a Monday; " + UkFormat.date(startsOn) + " is a "
                    + startsOn.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + ".");
        }
        if (first.getId() != null && first.getId().equals(second.getId())) {
            throw new RuleViolation("The rota needs two different providers.");
        }
        this.firstProvider = first;
        this.secondProvider = second;
        this.startsOn = startsOn;
        this.updatedBy = username;
        this.updatedAt = now;
    }

    /** The provider on duty on a day (UK date). */
    public ProviderOrganisation onDuty(LocalDate day) {
        LocalDate week = weekOf(day);
        boolean firstsWeek = Math.floorMod(ChronoUnit.WEEKS.between(startsOn, week), 2) == 0;
        if (swappedWeeks.contains(week)) {
            firstsWeek = !firstsWeek;
        }
        return firstsWeek ? firstProvider : secondProvider;
    }

    /** The other provider of the pair. */
    public ProviderOrganisation partnerOf(ProviderOrganisation provider) {
        return provider == firstProvider || (provider.getId() != null && provider.getId().equals(firstProvider.getId()))
                ? secondProvider : firstProvider;
    }

    /**
     * Turns one week round (or back, if it was swapped): the current week or one of the next
     * {@value #MAX_WEEKS_AHEAD}, never a past one, whose packages went where the rota said then.
     */
    public boolean swap(LocalDate week, LocalDate today, String username, Instant now) {
        if (week == null || week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolation("Give the Monday that starts the week to swap.");
        }
        if (week.isBefore(weekOf(today))) {
            throw new RuleViolation("The week of " + UkFormat.date(week) + " has passed: its rota cannot change.");
        }
        if (week.isAfter(weekOf(today).plusWeeks(MAX_WEEKS_AHEAD))) {
            throw new RuleViolation("Swap weeks at most " + MAX_WEEKS_AHEAD + " weeks ahead.");
        }
        boolean swapped = swappedWeeks.add(week) || !swappedWeeks.remove(week);
        this.updatedBy = username;
        this.updatedAt = now;
        return swapped;
    }

    public boolean isSwapped(LocalDate week) {
        return swappedWeeks.contains(week);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Lot getLot() {
        return lot;
    }

    public ProviderOrganisation getFirstProvider() {
        return firstProvider;
    }

    public ProviderOrganisation getSecondProvider() {
        return secondProvider;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
