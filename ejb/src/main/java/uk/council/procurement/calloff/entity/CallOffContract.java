package uk.council.procurement.calloff.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * The contract a call-off competition ends in: one provider location caring for one person (by
 * reference) at a weekly price from a start date, under a lot. Created in the same transaction as
 * the winner's confirmation; the decisions that led to it are in the requirement's history.
 */
@Entity
@Table(name = "call_off_contract")
@NamedQuery(name = CallOffContract.BY_REFERENCE, query = "select c from CallOffContract c join fetch c.lot l "
        + "join fetch l.dps join fetch c.requirement where c.reference = :reference")
public class CallOffContract {

    public static final String BY_REFERENCE = "CallOffContract.byReference";
    /** Weeks in a year for annual values: 365 / 7 to two places (the rule, as councils' rate tables use). */
    public static final BigDecimal WEEKS_PER_YEAR = new BigDecimal("52.14");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_off_contract_seq")
    @SequenceGenerator(name = "call_off_contract_seq", sequenceName = "call_off_contract_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Size(max = 20)
    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requirement_id", nullable = false, unique = true)
    private Requirement requirement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    private Invitation invitation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    @Size(max = 200)
    @Column(name = "provider_name", nullable = false, length = 200)
    private String providerName;

    @Size(max = 20)
    @Column(name = "location_code", nullable = false, length = 20)
    private String locationCode;

    @Size(max = 200)
    @Column(name = "location_name", nullable = false, length = 200)
    private String locationName;

    @Size(max = 40)
    @Column(name = "person_reference", nullable = false, length = 40)
    private String personReference;

    @Column(name = "weekly_price", nullable = false, precision = 10, scale = 2)
    private BigDecimal weeklyPrice;

    @Column(name = "annual_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal annualValue;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CallOffContract() {
    }

    /** The contract of a confirmed award: the winning offer's location, price and start. */
    public CallOffContract(Requirement requirement, Instant now) {
        var winner = requirement.getAward();
        if (requirement.getStatus() != RequirementStatus.AWARDED || winner == null) {
            throw new IllegalStateException("Requirement " + requirement.getReference() + " is not awarded");
        }
        this.requirement = requirement;
        this.invitation = winner;
        this.lot = requirement.getLot();
        this.provider = winner.getProvider();
        this.providerName = winner.getProviderName();
        this.locationCode = winner.getLocationCode();
        this.locationName = winner.getLocationName();
        this.personReference = requirement.getPersonReference();
        this.weeklyPrice = winner.getWeeklyPrice();
        this.annualValue = annualValue(winner.getWeeklyPrice());
        this.startDate = winner.getEarliestStart();
        this.createdAt = now;
        this.reference = "NEW"; // replaced by assignReference once the id is known
    }

    /** Weekly price × {@link #WEEKS_PER_YEAR}, rounded half-up to the penny. */
    public static BigDecimal annualValue(BigDecimal weeklyPrice) {
        return weeklyPrice.multiply(WEEKS_PER_YEAR).setScale(2, RoundingMode.HALF_UP);
    }

    public void assignReference(int year) {
        if (id == null) {
            throw new IllegalStateException("Contract not persisted yet");
        }
        this.reference = String.format(Locale.UK, "CO-%d-%05d", year, id);
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

    public Requirement getRequirement() {
        return requirement;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public Lot getLot() {
        return lot;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getLocationCode() {
        return locationCode;
    }

    public String getLocationName() {
        return locationName;
    }

    public String getPersonReference() {
        return personReference;
    }

    public BigDecimal getWeeklyPrice() {
        return weeklyPrice;
    }

    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
