package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.CareSetting;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.PlausibleDate;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.UkFormat;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.Address;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * A package of care at home for one person, offered down the cascade of its zone: the Lot 1 provider
 * on duty this week, then the zone's other Lot 1 provider, then every Lot 2 provider at once, each
 * step with its acceptance window. The first acceptance wins; the package row is locked for every
 * answer, so of two providers accepting at the same moment exactly one gets it.
 */
@Entity
@Table(name = "care_package")
@NamedQuery(name = CarePackage.BY_REFERENCE, query = "select p from CarePackage p where p.reference = :reference")
public class CarePackage {

    public static final String BY_REFERENCE = "CarePackage.byReference";
    public static final int MAX_DECLINE_TEXT = 500;

    /** A provider a step offers the package to, and the lot it is offered through. */
    public record Recipient(ProviderOrganisation provider, Lot lot) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "care_package_seq")
    @SequenceGenerator(name = "care_package_seq", sequenceName = "care_package_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 20)
    @Size(max = 20)
    private String reference;

    /** The zone's Lot 1 lot. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @NotBlank(message = "Give the person's reference (from the care record), not their name")
    @Size(max = 40)
    @Column(name = "person_reference", nullable = false, length = 40)
    private String personReference;

    @Size(max = 2000)
    @Column(length = 2000)
    private String needs;

    @NotBlank(message = "Postcode is required")
    @Pattern(regexp = Address.POSTCODE, message = Address.POSTCODE_MESSAGE)
    @Size(max = 10)
    @Column(nullable = false, length = 10)
    private String postcode;

    @NotNull(message = "Start date is required")
    @PlausibleDate
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "Urgency is required")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Urgency urgency;

    @NotNull(message = "Hours of care a week are required")
    @DecimalMin(value = "0.25", message = "must be at least a quarter of an hour")
    @DecimalMax(value = "168", message = "must be at most 168 hours (a whole week)")
    @Digits(integer = 3, fraction = 2, message = "must be hours with at most 2 decimals, such as 10.5")
    @Column(name = "weekly_hours", nullable = false, precision = 5, scale = 2)
    private BigDecimal weeklyHours;

    @NotNull(message = "Hourly rate is required")
    @DecimalMin(value = "0.01", message = "must be more than £0")
    @DecimalMax(value = "999.99", message = "must be at most £999.99 an hour")
    @Digits(integer = 3, fraction = 2, message = "must be in pounds and pence")
    @Column(name = "hourly_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal hourlyRate;

    /** The visits, as the care plan gives them ("7 days: 08:00 45 min x2 carers; 12:30 30 min"). */
    @Size(max = 1000, message = "must be at most 1000 characters")
    @Column(length = 1000)
    private String visits;

    /** The visits a week, in the week's order; when given, the hours a week are its carers' time. */
    @ElementCollection
    @CollectionTable(name = "package_visit", joinColumns = @JoinColumn(name = "package_id"))
    @OrderColumn(name = "position")
    private List<Visit> schedule = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PackageStatus status = PackageStatus.OFFERED;

    /** The step being offered now (null before the first and after an officer re-offers). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private CascadeStage stage;

    @Column(nullable = false)
    private int round = 1;

    @Column(name = "window_ends_at")
    private Instant windowEndsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_provider_id")
    private ProviderOrganisation acceptedProvider;

    @Column(name = "accepted_by", length = 60)
    @Size(max = 60)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "raised_by", nullable = false, length = 60)
    @Size(max = 60)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "ended_by", length = 60)
    @Size(max = 60)
    private String endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = 2000)
    @Size(max = 2000)
    private String endReason;

    @OneToMany(mappedBy = "carePackage", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<PackageOffer> offers = new ArrayList<>();

    protected CarePackage() {
    }

    public CarePackage(Lot lot, CarePackageDetails details, String username, Instant now, LocalDate today) {
        if (lot.getCareSetting() != CareSetting.CARE_AT_HOME || lot.getZone() == null) {
            throw new RuleViolation("Lot " + lot.getCode() + " is not a care-at-home zone: packages are raised in a "
                    + "zone's Lot 1.");
        }
        var dps = lot.getDps();
        if (!dps.takesCallOffsOn(today)) {
            throw new WrongState(dps.getReference() + " is not in its term today: no packages under it.");
        }
        if (details == null) {
            throw new InvalidInput("", "Give the package's details");
        }
        this.lot = lot;
        this.personReference = trim(details.personReference());
        this.needs = trim(details.needs());
        this.postcode = details.postcode() == null ? null : Address.normalisePostcode(details.postcode().strip());
        this.startDate = details.startDate();
        if (startDate != null && startDate.isBefore(today)) {
            throw new InvalidInput("startDate", "Care cannot start on " + UkFormat.date(startDate) + ", before today");
        }
        this.urgency = details.urgency();
        this.weeklyHours = details.weeklyHours();
        var visits = Visit.checked(details.schedule());
        if (!visits.isEmpty()) {
            var scheduled = Visit.weeklyHours(visits);
            if (weeklyHours != null && weeklyHours.compareTo(scheduled) != 0) {
                throw new InvalidInput("weeklyHours", "The schedule adds up to " + scheduled.toPlainString()
                        + " hours of carers' time a week, not " + weeklyHours.toPlainString()
                        + ": leave the hours out, or correct one of them");
            }
            this.weeklyHours = scheduled;
            schedule.addAll(visits);
        }
        this.hourlyRate = details.hourlyRate();
        this.visits = trim(details.visits());
        this.raisedBy = username;
        this.raisedAt = now;
        this.reference = "NEW"; // replaced by assignReference once the id is known
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Package not persisted yet");
        }
        this.reference = String.format(Locale.UK, "PKG-%d-%05d", year, id);
    }

    /**
     * Hours a week × hourly rate, rounded half-up to the penny; with a schedule, its carers' minutes ×
     * the rate ÷ 60 (so 7 visits of 35 minutes cost 245 minutes, not 4.08 rounded hours).
     */
    public BigDecimal weeklyCost() {
        if (hourlyRate == null) {
            return null;
        }
        if (!schedule.isEmpty()) {
            return hourlyRate.multiply(BigDecimal.valueOf(Visit.carerMinutes(schedule)))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        }
        return weeklyHours == null ? null : weeklyHours.multiply(hourlyRate).setScale(2, RoundingMode.HALF_UP);
    }

    // --- the cascade ---

    /**
     * Whether the process should move on: the package is still being offered and its current step is
     * over (its window has ended, or every provider offered has declined), or no step has started yet.
     */
    public boolean stepOver(Instant now) {
        return status == PackageStatus.OFFERED
                && (stage == null || !now.isBefore(windowEndsAt) || openOffers().isEmpty());
    }

    /** The step after the current one in this round, or null when the cascade has run out. */
    public CascadeStage nextStage() {
        return stage == null ? CascadeStage.ON_DUTY : stage.next();
    }

    /** Providers already offered the package in this round, who are not offered it again. */
    public Set<Long> offeredThisRound() {
        return offers.stream().filter(o -> o.getRound() == round).map(o -> o.getProvider().getId())
                .collect(Collectors.toSet());
    }

    /**
     * Starts a step: ends what is left of the last one (lapsed) and offers the package to these
     * providers until the step's window ends. A step with nobody to offer to is passed over.
     */
    public List<PackageOffer> offer(CascadeStage next, Collection<Recipient> recipients, Instant now, Duration window) {
        requireStatus(PackageStatus.OFFERED, "offered");
        openOffers().forEach(o -> o.end(PackageOfferStatus.LAPSED));
        this.stage = next;
        this.windowEndsAt = now.plus(window);
        var made = recipients.stream()
                .map(r -> new PackageOffer(this, r.provider(), r.lot(), next, round, now, windowEndsAt)).toList();
        offers.addAll(made);
        return made;
    }

    /** The cascade ran out with nobody accepting: an officer decides what happens instead. */
    public void escalate() {
        requireStatus(PackageStatus.OFFERED, "escalated");
        openOffers().forEach(o -> o.end(PackageOfferStatus.LAPSED));
        this.status = PackageStatus.ESCALATED;
        this.windowEndsAt = null;
    }

    /** The officer offers it again, from the top of the cascade (the rota may have turned since). */
    public void reoffer() {
        requireStatus(PackageStatus.ESCALATED, "offered again");
        this.status = PackageStatus.OFFERED;
        this.stage = null;
        this.round++;
    }

    /** The officer arranged the care another way (a spot purchase, family care...), saying how. */
    public void arrangeElsewhere(String reason, String username, Instant now) {
        requireStatus(PackageStatus.ESCALATED, "closed");
        end(PackageStatus.ARRANGED_ELSEWHERE, reason, username, now);
    }

    public void cancel(String reason, String username, Instant now) {
        if (!status.isOpen()) {
            throw new WrongState("Package " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + ": it can no longer be cancelled.");
        }
        end(PackageStatus.CANCELLED, reason, username, now);
    }

    private void end(PackageStatus how, String reason, String username, Instant now) {
        openOffers().forEach(o -> o.end(PackageOfferStatus.WITHDRAWN));
        this.status = how;
        this.endReason = reason;
        this.endedBy = username;
        this.endedAt = now;
        this.windowEndsAt = null;
    }

    /**
     * A provider accepts its offer: it gets the package if the offer is still open and its window has
     * not ended; every other open offer has gone.
     */
    public void accept(PackageOffer offer, String username, Instant now) {
        requireAnswerable(offer, now);
        offer.accept(username, now);
        openOffers().forEach(o -> o.end(PackageOfferStatus.GONE));
        this.status = PackageStatus.ACCEPTED;
        this.acceptedProvider = offer.getProvider();
        this.acceptedBy = username;
        this.acceptedAt = now;
        this.windowEndsAt = null;
    }

    /**
     * A provider declines its offer with a reason from the list (free text is required for "other").
     *
     * @return whether that was the step's last open offer, so that the cascade moves on now
     */
    public boolean decline(PackageOffer offer, DeclineReason reason, String text, String username, Instant now) {
        if (reason == null) {
            throw new InvalidInput("reason", "Choose why you decline the package");
        }
        String why = trim(text);
        if (why != null && why.length() > MAX_DECLINE_TEXT) {
            throw new InvalidInput("text", "must be at most " + MAX_DECLINE_TEXT + " characters");
        }
        if (reason == DeclineReason.OTHER && why == null) {
            throw new InvalidInput("text", "Say why you decline the package");
        }
        requireAnswerable(offer, now);
        offer.decline(reason, why, username, now);
        return openOffers().isEmpty();
    }

    /** The provider can no longer take call-offs on the lot (suspended): its open offer is withdrawn. */
    public boolean withdraw(PackageOffer offer) {
        offer.end(PackageOfferStatus.WITHDRAWN);
        return status == PackageStatus.OFFERED && openOffers().isEmpty();
    }

    private void requireAnswerable(PackageOffer offer, Instant now) {
        if (!offer.getCarePackage().getId().equals(id)) {
            throw new IllegalArgumentException("offer of another package");
        }
        if (status == PackageStatus.ACCEPTED) {
            throw new WrongState("Package " + reference + " has gone: " + (offer.getStatus() == PackageOfferStatus.ACCEPTED
                    ? "you accepted it at " + UkFormat.dateTime(acceptedAt) : "another provider accepted it first") + ".");
        }
        if (status != PackageStatus.OFFERED || !offer.isOpen()) {
            throw new WrongState("Your offer of package " + reference + " is no longer open ("
                    + offer.getStatus().label().toLowerCase(Locale.UK) + ").");
        }
        if (!now.isBefore(offer.getWindowEndsAt())) {
            throw new WrongState("The time to answer for package " + reference + " ended at "
                    + UkFormat.dateTime(offer.getWindowEndsAt()) + ".");
        }
    }

    private List<PackageOffer> openOffers() {
        return offers.stream().filter(PackageOffer::isOpen).toList();
    }

    private void requireStatus(PackageStatus expected, String action) {
        if (status != expected) {
            throw new WrongState("Package " + reference + " is " + status.label().toLowerCase(Locale.UK)
                    + ": it cannot be " + action + ".");
        }
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

    public String getPersonReference() {
        return personReference;
    }

    public String getNeeds() {
        return needs;
    }

    public String getPostcode() {
        return postcode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public String getVisits() {
        return visits;
    }

    public List<Visit> getSchedule() {
        return schedule;
    }

    public PackageStatus getStatus() {
        return status;
    }

    public CascadeStage getStage() {
        return stage;
    }

    public int getRound() {
        return round;
    }

    public Instant getWindowEndsAt() {
        return windowEndsAt;
    }

    public ProviderOrganisation getAcceptedProvider() {
        return acceptedProvider;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public List<PackageOffer> getOffers() {
        return offers;
    }
}
