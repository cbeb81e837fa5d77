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

    @Pattern(regexp = COMPANY_NUMBER, message = "must be a Companies House number: 8 digits, or 2 letters and 6 digits")
    @Column(name = "company_number", length = 8)
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
    }

    public CqcLocation addLocation(String cqcLocationId, String name, String postcode, CqcRating rating,
            java.time.LocalDate ratingDate) {
        if (location(cqcLocationId).isPresent()) {
            throw new RuleViolation("Location " + cqcLocationId + " is already listed for " + this.name + ".");
        }
        var location = new CqcLocation(this, cqcLocationId, name, postcode, rating, ratingDate);
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
