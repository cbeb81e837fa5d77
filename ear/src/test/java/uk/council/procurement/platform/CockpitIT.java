package uk.council.procurement.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.ServerTest;

/**
 * Camunda Cockpit runs beside the application for operators (the admin role) on the application's
 * own engine, and refuses everyone else.
 */
class CockpitIT extends ServerTest {

    private static final String COCKPIT = Api.BASE.replace("/dps/", "/camunda/");

    @Test
    void cockpitAnswersTheAdminOnTheApplicationsEngineAndRefusesOthers() {
        var page = get("admin", "app/cockpit/default/");
        if (page.status() == 302) { // Cockpit sends the browser on within itself
            assertThat(page.header("Location")).contains("/camunda/app/");
        } else {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).containsIgnoringCase("cockpit");
        }

        // Its REST API sees the application's engine and the application's processes.
        var engines = get("admin", "api/engine/engine");
        assertThat(engines.status()).isEqualTo(200);
        assertThat(engines.body()).contains("\"default\"");
        var definitions = get("admin", "api/engine/engine/default/process-definition?key=onboarding");
        assertThat(definitions.status()).isEqualTo(200);
        assertThat(definitions.body()).contains("\"key\":\"onboarding\"");

        assertThat(get("officer", "app/cockpit/default/").status()).isEqualTo(403);
        assertThat(get("lead", "api/engine/engine/default/process-definition").status()).isEqualTo(403);
        assertThat(get("provider", "api/engine/engine/default/process-instance").status()).isEqualTo(403);
        assertThat(get(null, "app/cockpit/default/").status()).isEqualTo(401);
        assertThat(get(null, "api/engine/engine/default/process-instance").status()).isEqualTo(401);
    }

    private static Api.Reply get(String user, String path) {
        var request = HttpRequest.newBuilder(URI.create(COCKPIT + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return Api.send(request);
    }
}
