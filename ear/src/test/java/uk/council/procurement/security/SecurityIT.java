package uk.council.procurement.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * Who may see and do what, enforced in the service layer and visible over HTTP: sign-in, roles,
 * a provider's own organisation only, segregation of duties.
 */
class SecurityIT extends ServerTest {

    @Test
    void theApiChallengesCallersWithoutValidCredentials() {
        var anonymous = Api.get(null, "applications");
        anonymous.expect(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        var wrongPassword = Api.send(Api.request(null, "applications")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("officer:wrong".getBytes())));
        assertThat(wrongPassword.status()).isEqualTo(401);
        Api.get("officer", "applications").expect(200);
    }

    /** Every screen of the web module but the public ones answers an anonymous visitor with the sign-in form. */
    @Test
    void screensNeedASignIn() throws java.io.IOException {
        var screens = new java.util.ArrayList<String>();
        try (var ear = new java.util.zip.ZipFile(System.getProperty("it.ear"));
                var war = new java.util.zip.ZipInputStream(ear.getInputStream(ear.getEntry("dps-web.war")))) {
            for (var entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
                String name = entry.getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("error/")
                        && !List.of("login.xhtml", "providers/register.xhtml").contains(name)) {
                    screens.add(name);
                }
            }
        }
        assertThat(screens).contains("inbox/tasks.xhtml", "providers/record.xhtml", "onboarding/review.xhtml");
        for (String screen : screens) {
            var page = Api.send(HttpRequest.newBuilder(java.net.URI.create(Api.BASE + screen + "?id=1&ref=X")).GET());
            if (page.status() == 302) {
                assertThat(page.header("Location")).as(screen).contains("login");
            } else {
                assertThat(page.status()).as(screen).isEqualTo(200);
                assertThat(page.body()).as(screen + ": the sign-in form, not the screen").contains("j_security_check");
            }
        }
    }

    @Test
    void aProviderNeverSeesAnotherProvidersData() {
        var owner = Fixtures.provider("GOOD");
        var other = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(owner, Fixtures.OPEN_DPS, List.of("R1"));

        get(owner.username(), "applications/" + ref).expect(200);
        var notFound = get(other.username(), "applications/" + ref).expect(404).json();
        assertThat(notFound.getString("detail")).doesNotContain(owner.name());
        get(other.username(), "applications/" + ref + "/history").expect(404);
        get(other.username(), "applications/" + ref + "/documents/SAFEGUARDING_POLICY").expect(404);
        get(other.username(), "providers/" + owner.id()).expect(404);
        get(other.username(), "providers/" + owner.id() + "/admissions").expect(404);
        Api.put(other.username(), "providers/" + owner.id(), "{\"name\": \"Taken over Ltd\"}", "0").expect(404);
        post(other.username(), "providers/" + owner.id() + "/locations", "{\"locationId\": \"" + other.locationId() + "\"}",
                null).expect(404);
        get(other.username(), "providers/" + owner.id() + "/locations/" + owner.locationId() + "/ratings").expect(404);

        var listed = get(other.username(), "applications?max=200").expect(200).json().getJsonArray("rows");
        assertThat(listed.stream().map(JsonObject.class::cast).map(a -> a.getString("reference"))).doesNotContain(ref);
        assertThat(listed.stream().map(JsonObject.class::cast).map(a -> a.getJsonNumber("providerId").longValue()))
                .allMatch(id -> id == other.id());
        get(other.username(), "providers").expect(403);
        assertThat(get(other.username(), "providers/me").expect(200).json().getString("name")).isEqualTo(other.name());
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R2"));

        get(provider.username(), "tasks").expect(403);
        Fixtures.recommend(provider.username(), ref, Map.of("R2", "ADMIT")).expect(403);
        post(provider.username(), "dps", "{\"reference\": \"HACK-1\"}", null).expect(403);
        Fixtures.recommend("legal", ref, Map.of("R2", "ADMIT")).expect(403);
        Fixtures.recommend("lead", ref, Map.of("R2", "ADMIT")).expect(403);
        get("legal", "applications/" + ref).expect(200);
        get("quality", "applications/" + ref + "/history").expect(200);

        Fixtures.recommend("officer", ref, Map.of("R2", "ADMIT")).expect(200);
        var forbidden = Fixtures.approve("officer", ref).expect(403).json();
        assertThat(forbidden.getString("title")).isEqualTo("Forbidden");
        assertThat(get("officer", "applications/" + ref).json().getString("status")).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    void anOfficerWhoIsAlsoALeadCannotApproveTheirOwnRecommendation() {
        var provider = Fixtures.provider("GOOD");
        String ref = Fixtures.submitted(provider, Fixtures.OPEN_DPS, List.of("R3"));

        Fixtures.recommend("chris", ref, Map.of("R3", "ADMIT")).expect(200);
        var refused = Fixtures.approve("chris", ref).expect(422).json();
        assertThat(refused.getString("detail")).contains("you cannot approve it").contains("segregation of duties");
        assertThat(get("chris", "applications/" + ref).json().getString("status")).isEqualTo("AWAITING_APPROVAL");
        assertThat(get("chris", "applications/" + ref + "/history").array().stream().map(JsonObject.class::cast)
                .map(e -> e.getString("action"))).doesNotContain("APPROVED");

        Fixtures.approve("lead2", ref).expect(200);
        assertThat(get("chris", "applications/" + ref).json().getString("decidedBy")).isEqualTo("lead2");
    }

    @Test
    void draftsStayWithTheirProviderAndDraftDpssWithTheCouncil() {
        var provider = Fixtures.provider("GOOD");
        String draft = Fixtures.completeDraft(provider, Fixtures.OPEN_DPS, List.of("R4"));
        get("officer", "applications/" + draft).expect(404);
        get(provider.username(), "applications/" + draft).expect(200);

        // DM-CAH-2026 is a draft in the demo data.
        get(provider.username(), "dps/DM-CAH-2026").expect(404);
        assertThat(get(provider.username(), "dps").array().stream().map(JsonObject.class::cast)
                .map(d -> d.getString("reference"))).doesNotContain("DM-CAH-2026").contains(Fixtures.OPEN_DPS);
        get("officer", "dps/DM-CAH-2026").expect(200);
        post(provider.username(), "applications", "{\"dpsReference\": \"DM-CAH-2026\"}", null).expect(404);
    }
}
