package uk.council.procurement.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The CQC API as the integration tests see it: WireMock in the test JVM on the port the server is
 * configured with (it.cqc.port), serving the demo records of src/main/cqc-stub plus whatever a test
 * puts here. Started once for the whole run.
 */
public final class CqcStub {

    public static final String RESIDENTIAL = "Care home service without nursing";
    public static final String NURSING = "Care home service with nursing";
    public static final String DOMICILIARY = "Domiciliary care service";

    private static WireMockServer server;

    private CqcStub() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().port(Integer.getInteger("it.cqc.port", 8191))
                    .usingFilesUnderDirectory(System.getProperty("it.cqc.stub.dir", "src/main/cqc-stub")));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Serves a location record in CQC's shape; a later call for the same id replaces it. */
    public static void location(String locationId, String providerId, String name, String rating, LocalDate reportDate,
            double latitude, double longitude, String... serviceTypes) {
        String services = Arrays.stream(serviceTypes)
                .map(s -> "{\"name\": \"Service\", \"description\": \"" + s + "\"}").collect(Collectors.joining(","));
        String ratings = rating == null ? "{\"overall\": {\"rating\": \"No published rating\"}}"
                : "{\"overall\": {\"rating\": \"%s\", \"reportDate\": \"%s\", \"reportLinkId\": \"r-%s\"}}"
                        .formatted(rating, reportDate, reportDate);
        serve("/public/v1/locations/" + locationId, """
                {"locationId": "%s", "providerId": "%s", "name": "%s", "registrationStatus": "Registered",
                 "registrationDate": "2015-06-01", "numberOfBeds": 30, "postalAddressLine1": "1 Market Street",
                 "postalAddressTownCity": "Bury", "localAuthority": "Bury", "postalCode": "BL9 0EJ",
                 "onspdLatitude": %s, "onspdLongitude": %s, "careHome": "Y", "gacServiceTypes": [%s],
                 "currentRatings": %s}
                """.formatted(locationId, providerId, name, latitude, longitude, services, ratings));
    }

    public static void provider(String providerId, String name, String... locationIds) {
        serve("/public/v1/providers/" + providerId, """
                {"providerId": "%s", "organisationType": "Provider", "name": "%s", "registrationStatus": "Registered",
                 "locationIds": [%s]}
                """.formatted(providerId, name, Arrays.stream(locationIds).map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(","))));
    }

    /** CQC's changes feed lists these locations as changed (in any window) until told otherwise. */
    public static void changed(String... locationIds) {
        server().stubFor(get(urlPathEqualTo("/public/v1/changes/location")).atPriority(1)
                .withHeader("Ocp-Apim-Subscription-Key", matching(".+"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"total": %d, "page": 1, "perPage": 1000, "totalPages": 1, "changes": [%s]}
                        """.formatted(locationIds.length, Arrays.stream(locationIds).map(id -> "\"" + id + "\"")
                        .collect(Collectors.joining(","))))));
    }

    private static void serve(String path, String json) {
        server().stubFor(get(urlPathEqualTo(path)).atPriority(1)
                .withHeader("Ocp-Apim-Subscription-Key", matching(".+"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)));
    }
}
