package uk.council.procurement.calloff.entity;

import java.time.Instant;

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
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.Lot;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/**
 * One offer of a package to one provider at one step of the cascade, with its acceptance window and
 * what came of it. The package decides every change (it holds the lock that settles races).
 */
@Entity
@Table(name = "package_offer")
public class PackageOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "package_offer_seq")
    @SequenceGenerator(name = "package_offer_seq", sequenceName = "package_offer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id", nullable = false)
    private CarePackage carePackage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private ProviderOrganisation provider;

    /** The lot the provider is offered it through: the zone's Lot 1, or a borough-wide Lot 2. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CascadeStage stage;

    /** 1 for the first run of the cascade, 2 after an officer offers it again, and so on. */
    @Column(nullable = false)
    private int round;

    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;

    @Column(name = "window_ends_at", nullable = false)
    private Instant windowEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackageOfferStatus status = PackageOfferStatus.OFFERED;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 30)
    private DeclineReason declineReason;

    @Column(name = "decline_text", length = 500)
    @Size(max = 500)
    private String declineText;

    @Column(name = "answered_by", length = 60)
    @Size(max = 60)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected PackageOffer() {
    }

    PackageOffer(CarePackage carePackage, ProviderOrganisation provider, Lot lot, CascadeStage stage, int round,
            Instant offeredAt, Instant windowEndsAt) {
        this.carePackage = carePackage;
        this.provider = provider;
        this.lot = lot;
        this.stage = stage;
        this.round = round;
        this.offeredAt = offeredAt;
        this.windowEndsAt = windowEndsAt;
    }

    boolean isOpen() {
        return status == PackageOfferStatus.OFFERED;
    }

    void accept(String username, Instant now) {
        this.status = PackageOfferStatus.ACCEPTED;
        this.answeredBy = username;
        this.answeredAt = now;
    }

    void decline(DeclineReason reason, String text, String username, Instant now) {
        this.status = PackageOfferStatus.DECLINED;
        this.declineReason = reason;
        this.declineText = text;
        this.answeredBy = username;
        this.answeredAt = now;
    }

    /** Ends an unanswered offer: lapsed, gone to another provider, or withdrawn. */
    void end(PackageOfferStatus how) {
        if (isOpen()) {
            this.status = how;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CarePackage getCarePackage() {
        return carePackage;
    }

    public ProviderOrganisation getProvider() {
        return provider;
    }

    public Lot getLot() {
        return lot;
    }

    public CascadeStage getStage() {
        return stage;
    }

    public int getRound() {
        return round;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getWindowEndsAt() {
        return windowEndsAt;
    }

    public PackageOfferStatus getStatus() {
        return status;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclineText() {
        return declineText;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
