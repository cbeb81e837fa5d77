package uk.council.procurement.providers.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** CQC records for unit tests, in the shape the CQC client produces. */
public final class Records {

    private Records() {
    }

    public static CqcRecord location(String locationId, String providerId, CqcRating rating, LocalDate ratingDate,
            String serviceType) {
        return new CqcRecord(locationId, providerId, "Home " + locationId, "1 Road", "Bury", "BL8 2RZ", "Bury",
                new BigDecimal("53.596600"), new BigDecimal("-2.324100"), true, 40, true, LocalDate.of(2015, 6, 1),
                null, List.of(serviceType), rating, ratingDate, "report-" + ratingDate, Map.of());
    }

    public static CqcRecord deregistered(CqcRecord r, LocalDate on) {
        return new CqcRecord(r.locationId(), r.providerId(), r.name(), r.addressLine1(), r.town(), r.postcode(),
                r.localAuthority(), r.latitude(), r.longitude(), r.careHome(), r.beds(), false, r.registrationDate(),
                on, r.serviceTypes(), r.rating(), r.ratingDate(), r.reportLinkId(), r.keyQuestions());
    }
}
