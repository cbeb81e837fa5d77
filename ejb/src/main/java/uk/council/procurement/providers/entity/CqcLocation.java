package uk.council.procurement.providers.entity;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A care home or branch registered with the CQC, with its current overall rating. */
@Entity
@Table(name = "cqc_location")
public class CqcLocation {

    /** CQC location ids look like 1-101234567. */
    public static final String LOCATION_ID = "1-[0-9]{6,11}";
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

    @NotBlank(message = "CQC location id is required")
    @Pattern(regexp = LOCATION_ID, message = LOCATION_ID_MESSAGE)
    @Column(name = "location_id", nullable = false, unique = true, length = 20)
    private String locationId;

    @NotBlank(message = "Location name is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotBlank(message = "Location postcode is required")
    @Pattern(regexp = Address.POSTCODE, message = Address.POSTCODE_MESSAGE)
    @Column(nullable = false, length = 10)
    private String postcode;

    @NotNull(message = "CQC rating is required")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CqcRating rating;

    @PastOrPresent(message = "Rating date cannot be in the future")
    @Column(name = "rating_date")
    private LocalDate ratingDate;

    protected CqcLocation() {
    }

    CqcLocation(ProviderOrganisation provider, String locationId, String name, String postcode, CqcRating rating,
            LocalDate ratingDate) {
        this.provider = provider;
        this.locationId = locationId == null ? null : locationId.trim().toUpperCase(Locale.UK);
        this.name = name == null ? null : name.trim();
        this.postcode = Address.normalisePostcode(postcode);
        rate(rating, ratingDate);
    }

    public void rate(CqcRating rating, LocalDate ratingDate) {
        if (rating != null && rating.isRated() && ratingDate == null) {
            throw new uk.council.procurement.platform.InvalidInput("ratingDate",
                    "Give the date the rating was published");
        }
        this.rating = rating;
        this.ratingDate = rating == CqcRating.NOT_YET_RATED ? null : ratingDate;
    }

    public Long getId() {
        return id;
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

    public String getPostcode() {
        return postcode;
    }

    public CqcRating getRating() {
        return rating;
    }

    public LocalDate getRatingDate() {
        return ratingDate;
    }
}
