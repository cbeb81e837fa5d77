package uk.council.procurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ServerTest;

/**
 * Sessions of the screens and the API: security headers on every answer, no API change on a session
 * cookie alone (cross-site request forgery), and an expired or forged page state answered with
 * "this page has expired", not a failure.
 */
class SessionsIT extends ServerTest {

    /** A browser-like client signed in through the login form: it holds only the session cookie. */
    private static HttpClient signedIn(String user) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        var login = client.send(form(Api.BASE + "j_security_check",
                "j_username=" + user + "&j_password=" + Api.PASSWORD).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.body()).as("signed in as %s", user).doesNotContain("j_password");
        return client;
    }

    private static HttpRequest.Builder form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        var loginPage = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "login.xhtml")).GET());
        for (var reply : new Api.Reply[] {loginPage, Api.get("officer", "dps"),
                Api.get(null, "dps"), Api.get("officer", "no-such-thing")}) {
            assertThat(reply.header("Content-Security-Policy")).as(reply.response().uri().toString())
                    .contains("frame-ancestors 'none'", "object-src 'none'");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");
        }
    }

    @Test
    void theSessionCookieIsSameSiteAndHttpOnly() throws Exception {
        var client = HttpClient.newHttpClient();
        var page = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void anApiChangeIsRefusedOnASessionCookieAlone() throws Exception {
        var browser = signedIn("officer");
        // Reading with the session is harmless; a cross-site form post (text/plain) must not assign a task.
        var read = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/tasks")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        var forged = browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/tasks/APP-2026-00001/assignment"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(forged.body()).contains("urn:council:dps:problem:forbidden", "HTTP Basic");
        // Without any sign-in the API answers 401 as a problem, never the login page.
        var anonymous = Api.post(null, "tasks/APP-2026-00001/assignment", null, null).expect(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aForgedOrExpiredPageStateSaysThePageExpired() throws Exception {
        var browser = signedIn("officer");
        String page = Api.BASE + "inbox/tasks.xhtml";
        String state = "jakarta.faces.ViewState=" + URLEncoder.encode("-123:forged", StandardCharsets.UTF_8);

        var plain = browser.send(form(page, "f=f&" + state).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.body()).contains("This page has expired").doesNotContain("Something went wrong");

        var ajax = browser.send(form(page, "jakarta.faces.partial.ajax=true&jakarta.faces.source=f&"
                        + "jakarta.faces.partial.execute=%40all&f=f&" + state)
                .header("Faces-Request", "partial/ajax").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).contains("partial-response", "PF('expired').show()");
    }
}
