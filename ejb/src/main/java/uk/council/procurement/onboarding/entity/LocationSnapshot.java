package uk.council.procurement.onboarding.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;

/**
 * A CQC location as it stood when the application was submitted: the evidence the decision rests
 * on, kept even after the rating changes.
 */
@Embeddable
public class LocationSnapshot {

    @Column(name = "cqc_location_id", nullable = false, length = 20)
    private String locationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CqcRating rating;

    @Column(name = "rating_date")
    private LocalDate ratingDate;

    protected LocationSnapshot() {
    }

    public LocationSnapshot(CqcLocation location) {
        this.locationId = location.getLocationId();
        this.name = location.getName();
        this.rating = location.getRating();
        this.ratingDate = location.getRatingDate();
    }

    public String getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }

    public CqcRating getRating() {
        return rating;
    }

    public LocalDate getRatingDate() {
        return ratingDate;
    }
}
