package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A provider answers an invitation on a phone-sized window; the officer's view of the requirement
 * shows that it answered, not what (offers are sealed until the deadline).
 */
class CallOffBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aProviderOffersOnAPhoneAndTheOfficerSeesItSealed() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        long lot = Fixtures.lots("officer", market).get("1");
        var provider = Fixtures.provider("GOOD");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        // a second provider that does not answer: offers stay sealed until the deadline
        Fixtures.admitted(Fixtures.provider("GOOD"), market, Map.of("1", "ADMIT"));
        LocalDate start = LocalDate.now().plusDays(5);
        var raised = Api.post("officer", "requirements", """
                {"lotId": %d, "personReference": "NHS-%s", "needs": "Ground-floor room", "postcode": "BL9 0EJ",
                 "startDate": "%s", "urgency": "URGENT", "weeklyBudget": 900, "offerDeadline": "%s"}
                """.formatted(lot, Api.unique(), start, Instant.now().plus(4, ChronoUnit.HOURS)), null).expect(201);
        String ref = raised.json().getString("reference");
        Api.post("officer", "requirements/" + ref + "/issue", null, raised.etag()).expect(200);

        try (var browser = Browser.open()) {
            try {
                browser.phone();
                browser.signIn(provider.username(), Api.PASSWORD);
                browser.go("calloff/my-invitations.xhtml");
                browser.waitForText(By.id("invitations"), ref);
                browser.assertFitsWidth("invitations", By.id("signOut"));
                browser.screenshot("phone-invitations");
                browser.click(By.linkText(ref));
                browser.waitForText(By.tagName("h1"), ref);
                // the earliest start comes filled in with the start the requirement asks for
                assertThat(browser.find(By.id("offerForm:earliestStart_input")).getAttribute("value")).isEqualTo(start.format(UK));
                browser.type(By.id("offerForm:weeklyPrice_input"), "812.50");
                browser.assertFitsWidth("invitation", By.id("offerForm:offer"));
                browser.screenshot("phone-invitation");
                browser.click(By.id("offerForm:offer"));
                browser.waitForText(By.id("yourOffer"), "£812.50");
                browser.screenshot("phone-offer-sent");
                browser.desktop();

                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/requirement.xhtml?ref=" + ref);
                browser.waitForText(By.id("invitations"), "Offer made");
                assertThat(browser.text(By.id("sealed"))).contains("sealed until");
                assertThat(browser.driver().getPageSource()).doesNotContain("812.50");
                browser.screenshot("officer-requirement-sealed");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("calloff-failure");
                throw e;
            }
        }
    }
}
