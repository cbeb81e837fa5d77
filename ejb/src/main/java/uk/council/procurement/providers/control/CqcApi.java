package uk.council.procurement.providers.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import uk.council.procurement.platform.ServiceUnavailable;
import uk.council.procurement.providers.entity.CqcRecord;

/**
 * Client of the CQC public API (read-only): one location, one provider, and the feed of locations
 * changed in a time window. Configured by system properties, so that an installation points it at
 * CQC with its subscription key, and tests and the demo at a stub that serves CQC-shaped records:
 * <ul>
 * <li>{@code dps.cqc.base-url} (default {@value #DEFAULT_BASE_URL})</li>
 * <li>{@code dps.cqc.subscription-key}, sent as {@code Ocp-Apim-Subscription-Key}</li>
 * </ul>
 */
@ApplicationScoped
public class CqcApi {

    public static final String DEFAULT_BASE_URL = "https://api.service.cqc.org.uk/public/v1";
    static final String KEY_HEADER = "Ocp-Apim-Subscription-Key";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(CqcApi.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** CQC's record of a location; empty if CQC does not know the id. */
    public Optional<CqcRecord> location(String locationId) {
        return get("/locations/" + encode(locationId)).map(CqcRecords::location);
    }

    /** The location ids CQC lists under a provider; empty if CQC does not know the provider. */
    public Optional<List<String>> providerLocations(String providerId) {
        return get("/providers/" + encode(providerId)).map(CqcRecords::providerLocationIds);
    }

    /** One page of the ids of locations whose record changed in [from, to). */
    public CqcRecords.ChangesPage changes(Instant from, Instant to, int page) {
        String query = "/changes/location?startTimestamp=" + encode(from.truncatedTo(ChronoUnit.SECONDS).toString())
                + "&endTimestamp=" + encode(to.truncatedTo(ChronoUnit.SECONDS).toString()) + "&page=" + page
                + "&perPage=1000";
        return get(query).map(CqcRecords::changes)
                .orElseThrow(() -> new ServiceUnavailable("The CQC changes feed answered 404 for " + query));
    }

    public String baseUrl() {
        String url = System.getProperty("dps.cqc.base-url", DEFAULT_BASE_URL).strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private Optional<JsonObject> get(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET();
        String key = System.getProperty("dps.cqc.subscription-key", "").strip();
        if (!key.isEmpty()) {
            builder.header(KEY_HEADER, key);
        }
        var request = builder.build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warning(() -> "CQC register not reachable at " + baseUrl() + ": " + e);
            throw new ServiceUnavailable("The CQC register could not be reached; nothing was changed. Try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("Interrupted while asking the CQC register; nothing was changed.");
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            LOG.warning(() -> "CQC register refused the subscription key (dps.cqc.subscription-key) for " + path);
            throw new ServiceUnavailable("The CQC register refused this installation's subscription key; nothing was "
                    + "changed. Tell the system administrator.");
        }
        if (response.statusCode() != 200) {
            LOG.warning(() -> "CQC register answered " + response.statusCode() + " for " + path);
            throw new ServiceUnavailable("The CQC register answered " + response.statusCode()
                    + "; nothing was changed. Try again later.");
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException e) {
            throw new ServiceUnavailable("The CQC register sent something that is not a JSON record; nothing was changed.");
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
