package uk.council.procurement.onboarding.entity;

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
import jakarta.validation.constraints.Size;

import uk.council.procurement.dps.entity.AdmissionOutcome;
import uk.council.procurement.dps.entity.Lot;

/**
 * One lot applied for, with what the automatic check suggested, what the officer recommended and
 * what was decided, each with its reason. The decision and its reason are what the provider sees.
 */
@Entity
@Table(name = "application_lot")
public class ApplicationLot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_lot_seq")
    @SequenceGenerator(name = "application_lot_seq", sequenceName = "application_lot_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id", nullable = false)
    private Lot lot;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_outcome", length = 30)
    private AdmissionOutcome suggestedOutcome;

    @Column(name = "check_note", length = 500)
    @Size(max = 500)
    private String checkNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_outcome", length = 30)
    private AdmissionOutcome recommendedOutcome;

    @Column(name = "recommendation_reason", length = 2000)
    @Size(max = 2000)
    private String recommendationReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private AdmissionOutcome outcome;

    @Column(name = "outcome_reason", length = 2000)
    @Size(max = 2000)
    private String outcomeReason;

    protected ApplicationLot() {
    }

    ApplicationLot(Application application, Lot lot) {
        this.application = application;
        this.lot = lot;
    }

    void recordCheck(AdmissionOutcome suggestion, String note) {
        this.suggestedOutcome = suggestion;
        this.checkNote = note;
    }

    void recommend(AdmissionOutcome recommendation, String reason) {
        this.recommendedOutcome = recommendation;
        this.recommendationReason = reason;
    }

    void decide() {
        this.outcome = recommendedOutcome;
        this.outcomeReason = recommendationReason;
    }

    public Long getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public AdmissionOutcome getSuggestedOutcome() {
        return suggestedOutcome;
    }

    public String getCheckNote() {
        return checkNote;
    }

    public AdmissionOutcome getRecommendedOutcome() {
        return recommendedOutcome;
    }

    public String getRecommendationReason() {
        return recommendationReason;
    }

    /** The outcome as it stands: the decision once approved, the recommendation before that. */
    public AdmissionOutcome currentOutcome() {
        return outcome != null ? outcome : recommendedOutcome;
    }

    public AdmissionOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }
}
