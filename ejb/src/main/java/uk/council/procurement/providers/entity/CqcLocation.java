package uk.council.procurement.providers.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.InvalidInput;

/**
 * A care home or agency branch as registered with the CQC. Its details and rating come from the
 * CQC register (API, sync or file import), or from a quality officer's evidence that CQC has not
 * published yet, which CQC's next published rating supersedes. Providers never set them.
 */
@Entity
@Table(name = "cqc_location")
public class CqcLocation {

    /** CQC location and provider ids look like 1-101234567. */
    public static final String CQC_ID = "1-[0-9]{6,11}";
    public static final String LOCATION_ID_MESSAGE = "must be a CQC location id such as 1-101234567";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cqc_location_seq")
    @SequenceGenerator(name = "cqc_location_seq", sequenceName = "cqc_location_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @Column(name = "location_id", nullable = false, unique = true, length = 20)
    @Size(max = 20)
    private String locationId;

    @Column(nullable = false, length = 200)
    @Size(max = 200)
    private String name;

    @Column(name = "address_line1", length = 200)
    @Size(max = 200)
    private String addressLine1;

    @Column(length = 100)
    @Size(max = 100)
    private String town;

    @Column(nullable = false, length = 10)
    @Size(max = 10)
    private String postcode;

    @Column(name = "local_authority", length = 100)
    @Size(max = 100)
    private String localAuthority;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "care_home", nullable = false)
    private boolean careHome;

    private Integer beds;

    @Column(nullable = false)
    private boolean registered;

    @Column(name = "registration_date")
    private LocalDate registrationDate;

    @Column(name = "deregistration_date")
    private LocalDate deregistrationDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cqc_location_service_type", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "service_type", nullable = false, length = 100)
    private Set<String> serviceTypes = new LinkedHashSet<>();

    /** The rating in force for the council: CQC's, or a quality officer's newer evidence. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CqcRating rating;

    @Column(name = "rating_date")
    private LocalDate ratingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_source", nullable = false, length = 20)
    private RatingSource ratingSource;

    /** CQC's report link id, or the quality officer's evidence reference. */
    @Column(name = "rating_reference", length = 100)
    @Size(max = 100)
    private String ratingReference;

    /** The last rating CQC published, kept apart so that evidence is superseded only by a newer one. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cqc_rating", length = 30)
    private CqcRating cqcRating;

    @Column(name = "cqc_rating_date")
    private LocalDate cqcRatingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_safe", length = 30)
    private CqcRating ratingSafe;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_effective", length = 30)
    private CqcRating ratingEffective;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_caring", length = 30)
    private CqcRating ratingCaring;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_responsive", length = 30)
    private CqcRating ratingResponsive;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_well_led", length = 30)
    private CqcRating ratingWellLed;

    @Column(name = "synced_at")
    private Instant syncedAt;

    @OneToMany(mappedBy = "location", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("recordedAt desc, id desc")
    private List<LocationRating> ratings = new ArrayList<>();

    /** What changed for the council when a location's record was refreshed or rated. */
    public record Change(CqcLocation location, CqcRating before, CqcRating after, LocalDate ratingDate,
            RatingSource source, boolean deregistered) {

        public boolean ratingChanged() {
            return before != after;
        }
    }

    protected CqcLocation() {
    }

    CqcLocation(ProviderOrganisation provider, CqcRecord record, RatingSource source, String by, Instant at) {
        this.provider = provider;
        this.locationId = record.locationId();
        this.registered = true;
        this.rating = CqcRating.NOT_YET_RATED;
        this.ratingSource = source;
        refresh(record, source, by, at);
    }

    /**
     * Takes CQC's record of this location. Details always follow CQC; the rating follows CQC unless a
     * quality officer holds newer evidence and CQC has published nothing since.
     */
    public Optional<Change> refresh(CqcRecord record, RatingSource source, String by, Instant at) {
        if (!record.locationId().equalsIgnoreCase(locationId)) {
            throw new IllegalArgumentException("Record of " + record.locationId() + " given for " + locationId);
        }
        if (!source.isFromCqc()) {
            throw new IllegalArgumentException("A CQC record comes from the register or its file, not " + source);
        }
        CqcRating before = rating;
        boolean wasRegistered = registered;
        name = record.name();
        addressLine1 = record.addressLine1();
        town = record.town();
        postcode = Address.normalisePostcode(record.postcode());
        localAuthority = record.localAuthority();
        latitude = record.latitude();
        longitude = record.longitude();
        careHome = record.careHome();
        beds = record.beds();
        registered = record.registered();
        registrationDate = record.registrationDate();
        deregistrationDate = record.deregistrationDate();
        serviceTypes.clear();
        serviceTypes.addAll(record.serviceTypes());
        ratingSafe = record.keyQuestion("Safe");
        ratingEffective = record.keyQuestion("Effective");
        ratingCaring = record.keyQuestion("Caring");
        ratingResponsive = record.keyQuestion("Responsive");
        ratingWellLed = record.keyQuestion("Well-led");
        syncedAt = at;

        boolean cqcPublishedNew = cqcRating == null || record.rating() != cqcRating
                || !Objects.equals(record.ratingDate(), cqcRatingDate);
        boolean evidenceStands = ratingSource == RatingSource.QUALITY_OFFICER && !publishedAfterEvidence(record);
        cqcRating = record.rating();
        cqcRatingDate = record.ratingDate();
        if (!evidenceStands && (cqcPublishedNew || !ratingSource.isFromCqc())) {
            take(record.rating(), record.ratingDate(), source, record.reportLinkId(), null, by, at);
        }
        if (before == rating && wasRegistered == registered && !ratings.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(this, before, rating, ratingDate, ratingSource, wasRegistered && !registered));
    }

    /** CQC supersedes a quality officer's evidence once it publishes a rating dated on or after it. */
    private boolean publishedAfterEvidence(CqcRecord record) {
        return record.rating().isRated() && record.ratingDate() != null && ratingDate != null
                && !record.ratingDate().isBefore(ratingDate)
                && (cqcRatingDate == null || record.ratingDate().isAfter(cqcRatingDate));
    }

    /** A quality officer records a rating from evidence CQC has not published yet. */
    public Change recordEvidence(CqcRating newRating, LocalDate date, String reference, String reason, String by,
            Instant at, LocalDate today) {
        if (newRating == null || !newRating.isRated()) {
            throw new InvalidInput("rating", "Choose the rating the evidence supports");
        }
        if (date == null) {
            throw new InvalidInput("ratingDate", "Give the date of the evidence");
        }
        if (date.isAfter(today)) {
            throw new InvalidInput("ratingDate", "The evidence cannot be dated in the future");
        }
        if (cqcRatingDate != null && !date.isAfter(cqcRatingDate)) {
            throw new InvalidInput("ratingDate", "Evidence must be newer than CQC's published rating of "
                    + uk.council.procurement.platform.UkFormat.date(cqcRatingDate));
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidInput("reference", "Give the report or notice the evidence comes from");
        }
        if (reference.strip().length() > 100) {
            throw new InvalidInput("reference", "The reference can be at most 100 characters");
        }
        if (reason == null || reason.strip().length() < 10) {
            throw new InvalidInput("reason", "Say why, in at least 10 characters");
        }
        if (reason.strip().length() > 2000) {
            throw new InvalidInput("reason", "The reason can be at most 2,000 characters");
        }
        CqcRating before = rating;
        take(newRating, date, RatingSource.QUALITY_OFFICER, reference.strip(), reason.strip(), by, at);
        return new Change(this, before, rating, ratingDate, ratingSource, false);
    }

    private void take(CqcRating newRating, LocalDate date, RatingSource source, String reference, String reason,
            String by, Instant at) {
        rating = newRating;
        ratingDate = newRating.isRated() ? date : null;
        ratingSource = source;
        ratingReference = reference;
        ratings.add(0, new LocationRating(this, rating, ratingDate, source, reference, reason, by, at));
    }

    /** Whether the location offers the service a lot buys (CQC's service type description). */
    public boolean offers(String serviceType) {
        return serviceTypes.contains(serviceType);
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

    public String getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocalAuthority() {
        return localAuthority;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public boolean isCareHome() {
        return careHome;
    }

    public Integer getBeds() {
        return beds;
    }

    public boolean isRegistered() {
        return registered;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public LocalDate getDeregistrationDate() {
        return deregistrationDate;
    }

    public Set<String> getServiceTypes() {
        return Collections.unmodifiableSet(serviceTypes);
    }

    public CqcRating getRating() {
        return rating;
    }

    public LocalDate getRatingDate() {
        return ratingDate;
    }

    public RatingSource getRatingSource() {
        return ratingSource;
    }

    public String getRatingReference() {
        return ratingReference;
    }

    public CqcRating getCqcRating() {
        return cqcRating;
    }

    public LocalDate getCqcRatingDate() {
        return cqcRatingDate;
    }

    public List<CqcRating> getKeyQuestionRatings() {
        return java.util.Arrays.asList(ratingSafe, ratingEffective, ratingCaring, ratingResponsive, ratingWellLed);
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }

    public List<LocationRating> getRatings() {
        return Collections.unmodifiableList(ratings);
    }
}
