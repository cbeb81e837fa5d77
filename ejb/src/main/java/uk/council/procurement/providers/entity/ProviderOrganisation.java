package uk.council.procurement.providers.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.council.procurement.platform.RuleViolation;

/** A care company. Its users see only its own data; its CQC locations carry the ratings. */
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation {

    public static final String COMPANY_NUMBER = "([0-9]{8}|[A-Z]{2}[0-9]{6})";
    public static final String PHONE = "\\+?[0-9 ()-]{10,20}";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_organisation_seq")
    @SequenceGenerator(name = "provider_organisation_seq", sequenceName = "provider_organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "Organisation name is required")
    @Size(max = 200)
    @Column(nullable = false, unique = true, length = 200)
    private String name;

    /** The registered provider's id at CQC: every location the organisation lists must be under it. */
    @Pattern(regexp = CqcLocation.CQC_ID, message = "must be a CQC provider id such as 1-100000001")
    @Column(name = "cqc_provider_id", unique = true, length = 20)
    @Size(max = 20)
    private String cqcProviderId;

    @Pattern(regexp = COMPANY_NUMBER, message = "must be a Companies House number: 8 digits, or 2 letters and 6 digits")
    @Column(name = "company_number", length = 8)
    @Size(max = 8)
    private String companyNumber;

    @Valid
    @NotNull
    @Embedded
    private Address address;

    @NotBlank(message = "Contact name is required")
    @Size(max = 200)
    @Column(name = "contact_name", nullable = false, length = 200)
    private String contactName;

    @NotBlank(message = "Contact email is required")
    @Email(message = "must be an email address")
    @Size(max = 254)
    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Pattern(regexp = PHONE, message = "must be a telephone number of 10 to 20 digits")
    @Column(name = "contact_phone", length = 20)
    @Size(max = 20)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Valid
    @OneToMany(mappedBy = "provider", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<CqcLocation> locations = new ArrayList<>();

    protected ProviderOrganisation() {
    }

    public ProviderOrganisation(OrganisationDetails details, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        update(details);
    }

    public void update(OrganisationDetails details) {
        this.name = details.name() == null ? null : details.name().trim();
        this.companyNumber = details.companyNumber() == null || details.companyNumber().isBlank() ? null
                : details.companyNumber().trim().toUpperCase(java.util.Locale.UK);
        this.address = new Address(details.addressLine1(), details.addressLine2(), details.town(), details.postcode());
        this.contactName = details.contactName();
        this.contactEmail = details.contactEmail() == null ? null : details.contactEmail().trim();
        this.contactPhone = details.contactPhone() == null || details.contactPhone().isBlank() ? null
                : details.contactPhone().trim();
        String newCqcId = details.cqcProviderId() == null || details.cqcProviderId().isBlank() ? null
                : details.cqcProviderId().trim().toUpperCase(java.util.Locale.UK);
        if (!Objects.equals(newCqcId, cqcProviderId) && !locations.isEmpty()) {
            throw new uk.council.procurement.platform.InvalidInput("cqcProviderId", "The CQC provider id cannot change "
                    + "while locations are listed under it; remove the locations first");
        }
        this.cqcProviderId = newCqcId;
    }

    /**
     * Lists a location from CQC's record of it. The record must be registered under this
     * organisation's CQC provider id: an organisation cannot claim another's care home.
     */
    public CqcLocation addLocation(CqcRecord record, RatingSource source, String by, Instant at) {
        if (cqcProviderId == null) {
            throw new uk.council.procurement.platform.InvalidInput("cqcProviderId",
                    "Record the organisation's CQC provider id before adding locations");
        }
        if (!cqcProviderId.equalsIgnoreCase(record.providerId())) {
            throw new RuleViolation("CQC lists location " + record.locationId() + " under another provider, not under "
                    + cqcProviderId + " (" + name + ").");
        }
        if (location(record.locationId()).isPresent()) {
            throw new RuleViolation("Location " + record.locationId() + " is already listed for " + this.name + ".");
        }
        if (!record.registered()) {
            throw new RuleViolation("CQC shows location " + record.locationId() + " as deregistered.");
        }
        var location = new CqcLocation(this, record, source, by, at);
        locations.add(location);
        return location;
    }

    public void removeLocation(String cqcLocationId) {
        var location = location(cqcLocationId)
                .orElseThrow(() -> new RuleViolation("Location " + cqcLocationId + " is not listed for " + name + "."));
        locations.remove(location);
    }

    public Optional<CqcLocation> location(String cqcLocationId) {
        return locations.stream().filter(l -> l.getLocationId().equalsIgnoreCase(cqcLocationId)).findFirst();
    }

    /** The worst current rating among the locations; NOT_YET_RATED when none is rated. */
    public CqcRating worstRating() {
        return locations.stream().map(CqcLocation::getRating).reduce(CqcRating.NOT_YET_RATED, CqcRating::worseOf);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCqcProviderId() {
        return cqcProviderId;
    }

    public String getCompanyNumber() {
        return companyNumber;
    }

    public Address getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CqcLocation> getLocations() {
        return Collections.unmodifiableList(locations);
    }
}
