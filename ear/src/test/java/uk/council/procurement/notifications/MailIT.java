package uk.council.procurement.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.council.procurement.it.Api.get;
import static uk.council.procurement.it.Api.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.MailStub;
import uk.council.procurement.it.ServerTest;

/**
 * Emails through the real stack: a notice to a provider reaches its users' inboxes over SMTP
 * (GreenMail) after the decision commits, never carrying the person's reference; while the mail
 * server is down the email waits in the outbox with the error and is sent once it is back; staff see
 * the outbox, providers do not.
 */
class MailIT extends ServerTest {

    @AfterEach
    void backToRealTime() {
        Api.send(Api.request("officer", "test-clock").DELETE()).expect(204);
        if (!MailStub.server().isRunning()) {
            MailStub.server().start();
        }
    }

    private static String issue(long lot, String person) {
        var raised = post("officer", "requirements", """
                {"lotId": %d, "personReference": "%s", "needs": "Ground-floor room", "postcode": "BL9 0EJ",
                 "startDate": "%s", "urgency": "ROUTINE", "weeklyBudget": 950.00, "offerDeadline": "%s"}
                """.formatted(lot, person, LocalDate.now().plusDays(7),
                Instant.now().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), null).expect(201);
        String reference = raised.json().getString("reference");
        post("officer", "requirements/" + reference + "/issue", null, raised.etag()).expect(200);
        return reference;
    }

    private static JsonObject outboxEntry(String address, String reference) {
        var rows = get("officer", "emails?text=" + address).expect(200).json().getJsonArray("rows");
        return rows.stream().map(JsonObject.class::cast).filter(e -> reference.equals(e.getString("subjectRef", null)))
                .findFirst().orElse(null);
    }

    @Test
    void aProviderIsEmailedItsNoticesAndAnEmailWaitsWhileTheMailServerIsDown() {
        MailStub.server();
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = Fixtures.lots("officer", market).get("1");
        var provider = Fixtures.provider("GOOD");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));

        String person = "NHS-" + Api.unique();
        String reference = issue(lot, person);
        var mail = MailStub.await(provider.email(), reference);
        assertThat(mail.subject()).contains("New requirement " + reference);
        assertThat(mail.body()).contains("offers by").contains("/dps/").doesNotContain(person);
        var sent = outboxEntry(provider.email(), reference);
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.getInt("attempts")).isEqualTo(1);

        // Providers cannot read the outbox, theirs or anyone's.
        get(provider.username(), "emails").expect(403);
        get(provider.username(), "emails/" + sent.getJsonNumber("id")).expect(403);
        get("lead", "emails/" + sent.getJsonNumber("id")).expect(200);
        // Only an email given up on can be tried again.
        post("officer", "emails/" + sent.getJsonNumber("id") + "/retry", null,
                get("officer", "emails/" + sent.getJsonNumber("id")).expect(200).etag()).expect(409);

        // The mail server is down: the decision still commits; its email waits with the error.
        MailStub.server().stop();
        String second = issue(lot, "NHS-" + Api.unique());
        JsonObject waiting = null;
        for (int tries = 0; tries < 60 && (waiting == null || waiting.getInt("attempts") == 0); tries++) {
            Api.sleep(500);
            waiting = outboxEntry(provider.email(), second);
        }
        assertThat(waiting).isNotNull();
        assertThat(waiting.getString("status")).isEqualTo("PENDING");
        assertThat(waiting.getInt("attempts")).isEqualTo(1);
        assertThat(waiting.getString("lastError")).isNotBlank();

        // Back up, and the next try is due (a minute later on the test clock): it is sent.
        MailStub.server().start();
        Api.send(Api.request("officer", "test-clock").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"now\": \"" + Instant.now().plusSeconds(90) + "\"}")))
                .expect(200);
        MailStub.await(provider.email(), second);
        assertThat(outboxEntry(provider.email(), second).getString("status")).isEqualTo("SENT");
        assertThat(MailStub.to(provider.email()).stream().filter(m -> m.subject().contains(second))).hasSize(1);
    }
}
