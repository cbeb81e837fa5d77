package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

import uk.council.procurement.providers.boundary.LocationDetails;
import uk.council.procurement.providers.entity.CqcRating;

/** A CQC location being added. */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String locationId;
    private String name;
    private String postcode;
    private CqcRating rating = CqcRating.GOOD;
    private LocalDate ratingDate;

    static Map<String, String> fields(String formId) {
        return Map.of("locationId", formId + ":locationId", "name", formId + ":locationName",
                "postcode", formId + ":locationPostcode", "rating", formId + ":locationRating",
                "ratingDate", formId + ":ratingDate");
    }

    LocationDetails toDetails() {
        return new LocationDetails(locationId, name, postcode, rating, ratingDate);
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public CqcRating getRating() {
        return rating;
    }

    public void setRating(CqcRating rating) {
        this.rating = rating;
    }

    public LocalDate getRatingDate() {
        return ratingDate;
    }

    public void setRatingDate(LocalDate ratingDate) {
        this.ratingDate = ratingDate;
    }
}
