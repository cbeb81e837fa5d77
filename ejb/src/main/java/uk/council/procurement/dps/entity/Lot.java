package uk.council.procurement.dps.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A lot of a market: a care setting and, for care homes, a care category; for care at home, a
 * zone (or borough-wide). Each has its own eligibility policy.
 */
@Entity
@Table(name = "lot")
public class Lot {

    public static final String CODE = "[A-Z0-9][A-Z0-9-]{0,19}";
    public static final int DEFAULT_QUALITY_WEIGHT = 60;
    public static final java.math.BigDecimal DEFAULT_APPROVAL_THRESHOLD = new java.math.BigDecimal("60000.00");
    public static final int DEFAULT_OFFER_HOURS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lot_seq")
    @SequenceGenerator(name = "lot_seq", sequenceName = "lot_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dps_id", nullable = false)
    private Dps dps;

    @NotBlank(message = "Lot code is required")
    @Pattern(regexp = CODE, message = "must be 1 to 20 capital letters, digits or hyphens, such as R1 or 1-BN")
    @Column(nullable = false, length = 20)
    @Size(max = 20)
    private String code;

    @NotBlank(message = "Lot title is required")
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Care setting is required")
    @Enumerated(EnumType.STRING)
    @Column(name = "care_setting", nullable = false, length = 30)
    private CareSetting careSetting;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_category", length = 40)
    private CareCategory careCategory;

    /** A zone of the borough (care at home), or null for borough-wide / not zoned. */
    @Size(max = 60)
    @Column(length = 60)
    private String zone;

    /** Cap on admitted providers (Bury's Lot 2: up to 15), or null for none. */
    @Min(value = 1, message = "Maximum number of providers must be at least 1")
    @Max(value = 1000, message = "Maximum number of providers must be at most 1000")
    @Column(name = "max_providers")
    private Integer maxProviders;

    @Valid
    @NotNull
    @Embedded
    private EligibilityPolicy eligibility;

    /** Per cent of a call-off's total score given to quality; price has the rest (60/40 is common). */
    @Min(value = 0, message = "Quality weighting must be from 0 to 100 per cent")
    @Max(value = 100, message = "Quality weighting must be from 0 to 100 per cent")
    @Column(name = "quality_weight", nullable = false)
    private int qualityWeight = DEFAULT_QUALITY_WEIGHT;

    /** A call-off award whose annual value is above this needs a commissioning lead's approval. */
    @NotNull(message = "Approval threshold is required")
    @jakarta.validation.constraints.DecimalMin(value = "0.00", message = "Approval threshold must be £0 or more")
    @jakarta.validation.constraints.DecimalMax(value = "999999999.99", message = "Approval threshold must be at most £999,999,999.99")
    @jakarta.validation.constraints.Digits(integer = 9, fraction = 2, message = "Approval threshold must be in pounds and pence")
    @Column(name = "approval_threshold", nullable = false, precision = 12, scale = 2)
    private java.math.BigDecimal approvalThreshold = DEFAULT_APPROVAL_THRESHOLD;

    /** The offer time a new requirement in the lot is given by default, in hours. */
    @Min(value = 1, message = "Default offer time must be from 1 to 719 hours")
    @Max(value = 719, message = "Default offer time must be from 1 to 719 hours (offers close within 30 days)")
    @Column(name = "offer_hours", nullable = false)
    private int offerHours = DEFAULT_OFFER_HOURS;

    /** Who decides extensions of the lot's agreements (the scheme of delegation); a lead unless set. */
    @jakarta.validation.constraints.NotNull
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "extension_approval", nullable = false, length = 20)
    private ExtensionApproval extensionApproval = ExtensionApproval.LEAD;

    protected Lot() {
    }

    Lot(Dps dps, LotDetails details) {
        this.dps = Objects.requireNonNull(dps);
        update(details);
    }

    void update(LotDetails details) {
        this.code = details.code() == null ? null : details.code().trim().toUpperCase(java.util.Locale.UK);
        this.title = details.title() == null ? null : details.title().trim();
        this.careSetting = details.careSetting();
        this.careCategory = details.careCategory();
        this.zone = details.zone() == null || details.zone().isBlank() ? null : details.zone().trim();
        this.maxProviders = details.maxProviders();
        this.eligibility = new EligibilityPolicy(details.minimumRating(), details.admitInadequateSuspended());
        if (details.qualityWeight() != null) {
            this.qualityWeight = details.qualityWeight();
        }
        if (details.approvalThreshold() != null) {
            this.approvalThreshold = details.approvalThreshold();
        }
        if (details.offerHours() != null) {
            this.offerHours = details.offerHours();
        }
        if (details.extensionApproval() != null) {
            this.extensionApproval = details.extensionApproval();
        }
    }

    public ExtensionApproval getExtensionApproval() {
        return extensionApproval;
    }

    @AssertTrue(message = "A residential or nursing lot needs a care category")
    boolean isCategorisedWhereNeeded() {
        return careSetting == null || careSetting == CareSetting.CARE_AT_HOME || careCategory != null;
    }

    public boolean belongsTo(Dps other) {
        return dps == other || (dps.getId() != null && dps.getId().equals(other.getId()));
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

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public CareSetting getCareSetting() {
        return careSetting;
    }

    public CareCategory getCareCategory() {
        return careCategory;
    }

    public String getZone() {
        return zone;
    }

    public Integer getMaxProviders() {
        return maxProviders;
    }

    public EligibilityPolicy getEligibility() {
        return eligibility;
    }

    public int getQualityWeight() {
        return qualityWeight;
    }

    public java.math.BigDecimal getApprovalThreshold() {
        return approvalThreshold;
    }

    public int getOfferHours() {
        return offerHours;
    }

    /** "R1 Residential care – Older people" */
    public String label() {
        return code + " " + title;
    }
}
