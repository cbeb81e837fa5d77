package uk.council.procurement.calloff.control;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import uk.council.procurement.calloff.entity.PostcodePoint;
import uk.council.procurement.platform.GreatCircle;

/**
 * Where a postcode is: a client of a postcodes.io-shaped service ({@code GET /postcodes/{postcode}}
 * answering {@code {"result": {"latitude": .., "longitude": ..}}}, ONS Postcode Directory data).
 * The base URL is the system property {@code dps.postcodes.base-url} (default
 * {@value #DEFAULT_BASE_URL}); the demo and the tests point it at a stub. A lookup never throws: an
 * unknown postcode or an unreachable service is an answer the caller falls back from (a requirement
 * then goes to the whole lot, without a distance filter, and says so).
 */
@ApplicationScoped
public class PostcodeLocations {

    public static final String DEFAULT_BASE_URL = "https://api.postcodes.io";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final Logger LOG = Logger.getLogger(PostcodeLocations.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public PostcodePoint locate(String postcode) {
        // without the space (the service accepts both), so the path needs no escaping beyond letters and digits
        String url = baseUrl() + "/postcodes/" + URLEncoder.encode(postcode.replace(" ", ""), StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json")
                    .GET().build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning(() -> "Postcode service not reachable at " + baseUrl() + ": " + e);
            return PostcodePoint.failed("the postcode service could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PostcodePoint.failed("the postcode lookup was interrupted");
        }
        if (response.statusCode() == 404) {
            return PostcodePoint.failed("the postcode service does not know " + postcode);
        }
        if (response.statusCode() != 200) {
            LOG.warning(() -> "Postcode service answered " + response.statusCode() + " for " + postcode);
            return PostcodePoint.failed("the postcode service answered " + response.statusCode());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            var result = reader.readObject().getJsonObject("result");
            var latitude = number(result, "latitude");
            var longitude = number(result, "longitude");
            if (latitude == null || longitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
                    || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                return PostcodePoint.failed("the postcode service has no coordinates for " + postcode);
            }
            return PostcodePoint.at(latitude, longitude);
        } catch (JsonException | ClassCastException | IllegalStateException | NullPointerException e) {
            LOG.warning(() -> "Postcode service sent something unreadable for " + postcode + ": " + e);
            return PostcodePoint.failed("the postcode service sent something unreadable");
        }
    }

    private static BigDecimal number(JsonObject o, String name) {
        var value = o.get(name);
        return value instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    public String baseUrl() {
        String url = System.getProperty("dps.postcodes.base-url", DEFAULT_BASE_URL).strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Great-circle distance in km, to one decimal place (see {@link GreatCircle}). */
    public static BigDecimal kilometres(BigDecimal lat1, BigDecimal lon1, BigDecimal lat2, BigDecimal lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }
}
