package uk.council.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** A small client of the application's REST API, as the host ERP would use it. */
public final class Api {

    public static final String PASSWORD = "demo-password";
    public static final String BASE = System.getProperty("it.base.url", "http://localhost:8180/dps/");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Another server of the application that this thread's calls go to, if a test said so (see {@link #target}). */
    private static final ThreadLocal<String> TARGET = new ThreadLocal<>();

    private Api() {
    }

    /** The base URL this thread's calls go to: {@link #BASE}, unless {@link #target} points them elsewhere. */
    public static String base() {
        String target = TARGET.get();
        return target == null ? BASE : target;
    }

    /**
     * Points this thread's calls (and so the {@link Fixtures}') at another server of the application,
     * such as {@code http://localhost:8380/dps/}, until the returned scope is closed. Other threads,
     * and every other test, keep {@link #BASE}.
     */
    public static Target target(String base) {
        String previous = TARGET.get();
        TARGET.set(base.endsWith("/") ? base : base + "/");
        return () -> {
            if (previous == null) {
                TARGET.remove();
            } else {
                TARGET.set(previous);
            }
        };
    }

    /** Runs calls on this thread against another server of the application (see {@link #target}). */
    public static <T> T at(String base, Supplier<T> calls) {
        try (Target scope = target(base)) {
            return calls.get();
        }
    }

    /** A thread's calls pointed at another server; closing points them back. */
    @FunctionalInterface
    public interface Target extends AutoCloseable {

        @Override
        void close();
    }

    public record Reply(int status, HttpResponse<String> response) {

        public String body() {
            return response.body();
        }

        public JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        public JsonArray array() {
            return Json.createReader(new StringReader(body())).readArray();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The ETag without quotes: the resource's version. */
        public String etag() {
            String tag = header("ETag");
            return tag == null ? null : tag.replace("\"", "");
        }

        /** Fails unless the body contains the text (a field name of a refusal, a phrase of its message). */
        public Reply bodyContains(String text) {
            if (!body().contains(text)) {
                throw new AssertionError("Expected the answer to contain \"" + text + "\" but was: " + body());
            }
            return this;
        }

        public Reply expect(int expected) {
            assertThat(status).as("HTTP status of %s %s: %s", response.request().method(), response.uri(), body())
                    .isEqualTo(expected);
            return this;
        }
    }

    public static Reply get(String user, String path) {
        return send(request(user, path).GET());
    }

    public static Reply post(String user, String path, String json, String ifMatch) {
        return send(withIfMatch(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), ifMatch));
    }

    public static Reply put(String user, String path, String json, String ifMatch) {
        return send(withIfMatch(request(user, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), ifMatch));
    }

    public static Reply delete(String user, String path, String ifMatch) {
        return send(withIfMatch(request(user, path).DELETE(), ifMatch));
    }

    public static Reply putBytes(String user, String path, String contentType, byte[] content) {
        return send(request(user, path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    public static HttpRequest.Builder request(String user, String path) {
        var builder = HttpRequest.newBuilder(URI.create(base() + "api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    public static Reply send(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    private static HttpRequest.Builder withIfMatch(HttpRequest.Builder request, String version) {
        return version == null ? request : request.header("If-Match", "\"" + version + "\"");
    }

    /** Polls an application until its status is the one expected (asynchronous process steps). */
    public static JsonObject awaitStatus(String user, String reference, String status) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject application;
        do {
            application = get(user, "applications/" + reference).expect(200).json();
            if (status.equals(application.getString("status"))) {
                return application;
            }
            sleep(200);
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("Application " + reference + " did not reach " + status + ": " + application);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A short unique suffix: tests share the database and must not collide with earlier runs. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String string(JsonObject object, String name) {
        var value = object.get(name);
        return value == null || value == JsonValue.NULL ? null : object.getString(name);
    }

    /** A tiny but real PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
                + "3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
