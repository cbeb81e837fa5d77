package uk.council.procurement.onboarding.entity;

import java.time.LocalDate;

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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** A provider organisation's membership of one lot. Call-offs are offered to active admissions only. */
@Entity
@Table(name = "admission", uniqueConstraints = @UniqueConstraint(columnNames = {"provider_id", "lot_id"}))
public class Admission {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AdmissionStatus status;

    @Column(name = "admitted_on", nullable = false)
    private LocalDate admittedOn;

    @Column(name = "suspension_reason", length = 2000)
    private String suspensionReason;

    protected Admission() {
    }

    Admission(ProviderOrganisation provider, Lot lot, Application application, AdmissionOutcome outcome, String reason,
            LocalDate admittedOn) {
        this.provider = provider;
        this.lot = lot;
        this.application = application;
        this.admittedOn = admittedOn;
        this.status = outcome == AdmissionOutcome.ADMIT_SUSPENDED ? AdmissionStatus.SUSPENDED : AdmissionStatus.ACTIVE;
        this.suspensionReason = status == AdmissionStatus.SUSPENDED ? reason : null;
    }

    public Long getId() {
        return id;
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

    public AdmissionStatus getStatus() {
        return status;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public String getSuspensionReason() {
        return suspensionReason;
    }
}
