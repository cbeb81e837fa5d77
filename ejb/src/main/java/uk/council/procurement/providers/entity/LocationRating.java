package uk.council.procurement.providers.entity;

import java.time.Instant;
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
import jakarta.validation.constraints.Size;

/** One rating a location held from a date: its history is the evidence behind every eligibility answer. */
@Entity
@Table(name = "location_rating")
public class LocationRating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_rating_seq")
    @SequenceGenerator(name = "location_rating_seq", sequenceName = "location_rating_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private CqcLocation location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CqcRating rating;

    @Column(name = "rating_date")
    private LocalDate ratingDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RatingSource source;

    @Column(length = 100)
    @Size(max = 100)
    private String reference;

    @Column(length = 2000)
    @Size(max = 2000)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 60)
    @Size(max = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LocationRating() {
    }

    LocationRating(CqcLocation location, CqcRating rating, LocalDate ratingDate, RatingSource source, String reference,
            String reason, String recordedBy, Instant recordedAt) {
        this.location = location;
        this.rating = rating;
        this.ratingDate = ratingDate;
        this.source = source;
        this.reference = reference;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public CqcLocation getLocation() {
        return location;
    }

    public CqcRating getRating() {
        return rating;
    }

    public LocalDate getRatingDate() {
        return ratingDate;
    }

    public RatingSource getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
