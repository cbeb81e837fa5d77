package uk.council.procurement.providers.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.ProviderOrganisation;
import uk.council.procurement.providers.entity.RatingSource;

/** A provider organisation with its CQC locations, as the provider itself and the staff lists see it. */
public record ProviderView(Long id, long version, String name, String cqcProviderId, String companyNumber,
        String addressLine1, String addressLine2, String town, String postcode, String contactName,
        String contactEmail, String contactPhone, CqcRating worstRating, List<Location> locations) {

    /** A location as CQC registers it, with the rating in force and where that rating came from. */
    public record Location(String locationId, String name, String addressLine1, String town, String postcode,
            BigDecimal latitude, BigDecimal longitude, boolean careHome, Integer beds, List<String> serviceTypes,
            boolean registered, LocalDate deregistrationDate, CqcRating rating, String ratingLabel,
            LocalDate ratingDate, RatingSource ratingSource, String ratingSourceLabel, List<CqcRating> keyQuestions) {

        public static Location of(CqcLocation l) {
            return new Location(l.getLocationId(), l.getName(), l.getAddressLine1(), l.getTown(), l.getPostcode(),
                    l.getLatitude(), l.getLongitude(), l.isCareHome(), l.getBeds(),
                    l.getServiceTypes().stream().sorted().toList(), l.isRegistered(), l.getDeregistrationDate(),
                    l.getRating(), l.getRating().label(), l.getRatingDate(), l.getRatingSource(),
                    l.getRatingSource().label(), l.getKeyQuestionRatings());
        }
    }

    public static ProviderView of(ProviderOrganisation p) {
        var a = p.getAddress();
        return new ProviderView(p.getId(), p.getVersion(), p.getName(), p.getCqcProviderId(), p.getCompanyNumber(),
                a.getLine1(), a.getLine2(), a.getTown(), a.getPostcode(), p.getContactName(), p.getContactEmail(),
                p.getContactPhone(), p.worstRating(), p.getLocations().stream().map(Location::of).toList());
    }
}
