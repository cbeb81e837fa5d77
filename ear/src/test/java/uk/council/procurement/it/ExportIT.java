package uk.council.procurement.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * CSV export of the staff lists, through the real pages as a browser posts them: the file holds every
 * row that matches (not only the page shown), as many as the API counts, with named columns; a
 * provider cannot reach them.
 */
class ExportIT extends ServerTest {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private static HttpClient signedIn(String user) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=" + Api.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        return client;
    }

    /** Opens the page and presses its export button (id within the form) as the browser would (a full form post). */
    private static HttpResponse<String> export(HttpClient client, String page, String form, String button) throws Exception {
        var opened = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);
        var state = VIEW_STATE.matcher(opened.body());
        assertThat(state.find()).as("view state on %s", page).isTrue();
        String body = form + "=" + form + "&" + enc(form + ":" + button) + "=" + enc(form + ":" + button)
                + "&jakarta.faces.ViewState=" + enc(state.group(1).replace("&#58;", ":"));
        return client.send(HttpRequest.newBuilder(URI.create(Api.BASE + page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long rows(String csv) {
        return csv.lines().filter(l -> !l.isBlank()).count() - 1; // without the header
    }

    @Test
    void theProvidersListExportsEveryProviderNotOnlyThePageShown() throws Exception {
        // more providers than a page of the list (10) holds
        for (int i = 0; i < 11; i++) {
            Fixtures.provider("Good");
        }
        long total = Api.get("officer", "providers?max=1").json().getJsonNumber("total").longValue();

        var csv = export(signedIn("officer"), "providers/list.xhtml", "list", "providers:exportProviders");

        assertThat(csv.statusCode()).isEqualTo(200);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "exports", "providers.csv"), csv.body());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).contains("csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("providers.csv");
        assertThat(csv.body().lines().findFirst().orElse(""))
                .contains("Organisation").contains("Companies House").contains("Town").contains("Locations");
        assertThat(rows(csv.body())).isEqualTo(total).isGreaterThan(10);
    }

    @Test
    void theApplicationsListAndTheInboxExportWithTheirColumns() throws Exception {
        var officer = signedIn("officer");

        var applications = export(officer, "onboarding/applications.xhtml", "listForm", "applications:exportApplications");
        assertThat(applications.statusCode()).isEqualTo(200);
        assertThat(applications.body().lines().findFirst().orElse(""))
                .contains("Reference").contains("Provider").contains("Status").contains("Due by");

        var tasks = export(officer, "inbox/tasks.xhtml", "inboxForm", "tasks:exportTasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.body().lines().findFirst().orElse("")).contains("Provider").contains("Assigned to");

        var markets = export(officer, "dps/list.xhtml", "list", "dpsTable:exportDps");
        assertThat(markets.statusCode()).isEqualTo(200);
        assertThat(markets.body()).contains("CH-DPS-2024");
    }
}
