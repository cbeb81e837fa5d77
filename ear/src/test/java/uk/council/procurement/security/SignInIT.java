package uk.council.procurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Sign-in is protected against guessing: after five failures in a row an account is refused for a
 * while, even with the right password, on the API (429 with Retry-After) and on the login form
 * (the page says how long to wait); and an unknown username is refused as slowly as a wrong
 * password, so the time does not tell which names exist. (The per-address limit is set high on the
 * test server, where every test signs in from one address; SignInGuardTest covers it.)
 */
class SignInIT extends ServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> basic(String user, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/dps")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiAccountIsRefusedForAWhileAfterFiveFailures() throws Exception {
        var provider = Fixtures.provider("GOOD");
        assertThat(basic(provider.username(), Api.PASSWORD).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(provider.username(), "wrong-" + i).statusCode()).isEqualTo(401);
        }
        var locked = basic(provider.username(), Api.PASSWORD);
        assertThat(locked.statusCode()).as("the right password, while locked").isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
        assertThat(locked.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(locked.body()).contains("urn:council:dps:problem:too-many-requests", "Try again in");
        assertThat(basic("officer", Api.PASSWORD).statusCode()).as("other accounts carry on").isEqualTo(200);
    }

    @Test
    void aGuessHiddenBehindAnotherHeaderOrMalformedIsRefusedNotVerified() throws Exception {
        String guess = "Basic " + Base64.getEncoder().encodeToString("officer:not-the-password".getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"api/dps", "dps/list.xhtml"}) {
            var twice = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Authorization", "Bearer x")
                    .header("Authorization", guess).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(twice.statusCode()).as("two Authorization headers on %s", path).isEqualTo(400);
            assertThat(twice.body()).contains("urn:council:dps:problem:invalid-input", "one Authorization header");
        }
        var malformed = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/dps"))
                .header("Authorization", "Basic !!!not-base64").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        // the same credentials written differently are one and the same sign-in
        String spaced = "basic   " + Base64.getEncoder().encodeToString(("officer:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/dps")).header("Authorization", spaced).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormSaysHowLongToWait() throws Exception {
        var provider = Fixtures.provider("GOOD");
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 5; i++) {
            var failed = browser.send(login(provider.username(), "wrong-" + i), HttpResponse.BodyHandlers.ofString());
            assertThat(failed.body()).contains("The username or password is not right");
        }
        var locked = browser.send(login(provider.username(), Api.PASSWORD), HttpResponse.BodyHandlers.ofString());
        assertThat(locked.uri().toString()).contains("login.xhtml?locked=");
        assertThat(locked.body()).contains("Too many failed sign-ins", "try again in").doesNotContain("Sign out");
    }

    private static HttpRequest login(String user, String password) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + password)).build();
    }

    @Test
    void anUnknownUsernameTakesAsLongToRefuseAsAWrongPassword() throws Exception {
        var known = Fixtures.provider("GOOD");
        var knownTimes = new ArrayList<Long>();
        var unknownTimes = new ArrayList<Long>();
        basic("officer", "warm-up");
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 4; i++) { // under the lock-out's five
                knownTimes.add(time(known.username(), "wrong"));
                unknownTimes.add(time("nobody-" + Api.unique(), "wrong"));
            }
            assertThat(basic(known.username(), Api.PASSWORD).statusCode()).isEqualTo(200); // clears the count
        }
        double ratio = (double) median(unknownTimes) / median(knownTimes);
        assertThat(ratio).as("unknown %s ms vs known %s ms (medians)", median(unknownTimes), median(knownTimes))
                .isBetween(0.6, 1.6);
    }

    private static long time(String user, String password) throws Exception {
        long start = System.nanoTime();
        assertThat(basic(user, password).statusCode()).isEqualTo(401);
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
