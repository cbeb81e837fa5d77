package uk.council.procurement.membership.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.onboarding.entity.Application;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.RuleViolation;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * A provider organisation's membership of one lot. It covers the locations that were evaluated for
 * it (a location listed later is covered only once an officer adds it); call-offs go to covered
 * locations of active admissions only.
 */
@Entity
@Table(name = "admission", uniqueConstraints = @UniqueConstraint(columnNames = {"provider_id", "lot_id"}))
public class Admission {

    public static final int MIN_REASON_LENGTH = 10;
    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admission_seq")
    @SequenceGenerator(name = "admission_seq", sequenceName = "admission_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @ManyToMany
    @JoinTable(name = "admission_location", joinColumns = @JoinColumn(name = "admission_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<CqcLocation> locations = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdmissionStatus status;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "suspension_reason", length = MAX_REASON_LENGTH)
    @Size(max = 2000)
    private String suspensionReason;

    @Column(name = "suspended_on")
    private LocalDate suspendedOn;

    @Column(name = "suspended_by", length = 60)
    @Size(max = 60)
    private String suspendedBy;

    /** Whether only a commissioning lead may lift the suspension (always so for a rating). */
    @Column(name = "lifting_needs_lead", nullable = false)
    private boolean liftingNeedsLead;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    protected Admission() {
    }

    public Admission(ProviderOrganisation provider, Lot lot, Application application, AdmissionOutcome outcome,
            String reason, Collection<CqcLocation> covered, LocalDate admittedOn, String by) {
        this.provider = Objects.requireNonNull(provider);
        this.lot = Objects.requireNonNull(lot);
        this.application = application;
        this.admittedOn = Objects.requireNonNull(admittedOn);
        this.status = AdmissionStatus.ACTIVE;
        covered.forEach(this::cover);
        if (outcome == AdmissionOutcome.ADMIT_SUSPENDED) {
            suspend(reason, admittedOn, by, true);
        }
    }

    /** Suspends new call-offs to the whole organisation on this lot. */
    public void suspend(String reason, LocalDate on, String by, boolean needsLead) {
        if (status == AdmissionStatus.TERMINATED) {
            throw new WrongState("The admission of " + provider.getName() + " to lot " + lot.getCode() + " has ended.");
        }
        String why = requireReason(reason);
        status = AdmissionStatus.SUSPENDED;
        suspensionReason = why;
        suspendedOn = on;
        suspendedBy = by;
        liftingNeedsLead = liftingNeedsLead || needsLead;
    }

    /** Lifts the suspension, for a reason; where it needs a lead, only a commissioning lead may. */
    public void lift(boolean byLead, String reason) {
        requireReason(reason);
        if (status != AdmissionStatus.SUSPENDED) {
            throw new WrongState("The admission of " + provider.getName() + " to lot " + lot.getCode() + " is "
                    + status.label().toLowerCase(Locale.UK) + ", not suspended.");
        }
        if (liftingNeedsLead && !byLead) {
            throw new RuleViolation("Only a commissioning lead can lift this suspension.");
        }
        status = AdmissionStatus.ACTIVE;
        suspensionReason = null;
        suspendedOn = null;
        suspendedBy = null;
        liftingNeedsLead = false;
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON_LENGTH || why.length() > MAX_REASON_LENGTH) {
            throw new InvalidInput("reason", "Give a reason of " + MIN_REASON_LENGTH + " to " + MAX_REASON_LENGTH
                    + " characters");
        }
        return why;
    }

    /** Covers a location of the organisation, so that it may receive call-offs on the lot. */
    public void cover(CqcLocation location) {
        if (!location.getProvider().getId().equals(provider.getId())) {
            throw new RuleViolation("Location " + location.getLocationId() + " is not " + provider.getName() + "'s.");
        }
        locations.add(location);
    }

    public boolean covers(CqcLocation location) {
        return locations.contains(location);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public Lot getLot() {
        return lot;
    }

    public Application getApplication() {
        return application;
    }

    public Set<CqcLocation> getLocations() {
        return Collections.unmodifiableSet(locations);
    }

    public AdmissionStatus getStatus() {
        return status;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }

    public LocalDate getSuspendedOn() {
        return suspendedOn;
    }

    public String getSuspendedBy() {
        return suspendedBy;
    }

    public boolean isLiftingNeedsLead() {
        return liftingNeedsLead;
    }

    public LocalDate getTerminatedOn() {
        return terminatedOn;
    }
}
