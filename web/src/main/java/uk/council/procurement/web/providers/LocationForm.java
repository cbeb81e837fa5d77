package uk.council.procurement.web.providers;

import java.io.Serializable;
import java.util.Map;

/** A CQC location being added: only its id; CQC supplies the rest. */
public class LocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String locationId;

    static Map<String, String> fields(String formId) {
        return Map.of("locationId", formId + ":locationId", "cqcProviderId", formId + ":locationId");
    }

    public String getLocationId() {
        return locationId;
    }

    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }
}
