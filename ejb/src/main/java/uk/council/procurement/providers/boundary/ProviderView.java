package uk.council.procurement.providers.boundary;

import java.time.LocalDate;
import java.util.List;

import uk.council.procurement.providers.entity.CqcLocation;
import uk.council.procurement.providers.entity.CqcRating;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** A provider organisation with its CQC locations, as screens and the API show it. */
public record ProviderView(Long id, long version, String name, String companyNumber, String addressLine1,
        String addressLine2, String town, String postcode, String contactName, String contactEmail,
        String contactPhone, CqcRating worstRating, List<Location> locations) {

    public record Location(String locationId, String name, String postcode, CqcRating rating, String ratingLabel,
            LocalDate ratingDate) {

        static Location of(CqcLocation l) {
            return new Location(l.getLocationId(), l.getName(), l.getPostcode(), l.getRating(), l.getRating().label(),
                    l.getRatingDate());
        }
    }

    public static ProviderView of(ProviderOrganisation p) {
        var a = p.getAddress();
        return new ProviderView(p.getId(), p.getVersion(), p.getName(), p.getCompanyNumber(), a.getLine1(),
                a.getLine2(), a.getTown(), a.getPostcode(), p.getContactName(), p.getContactEmail(),
                p.getContactPhone(), p.worstRating(), p.getLocations().stream().map(Location::of).toList());
    }
}
