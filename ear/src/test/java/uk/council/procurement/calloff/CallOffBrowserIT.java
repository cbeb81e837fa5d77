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

    @Test
    void anOfficerRaisesWithCriteriaAndAwardsAndTheProviderConfirmsOnAPhone() {
        String market = Fixtures.openMarket("RESIDENTIAL", "REQUIRES_IMPROVEMENT", false, null);
        var provider = Fixtures.provider("GOOD");
        Fixtures.admitted(provider, market, Map.of("1", "ADMIT"));
        try (var browser = Browser.open()) {
            try {
                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/raise.xhtml");
                browser.choose("raiseForm:lot", market + " · 1 Test lot");
                browser.waitForText(By.id("raiseForm:lotTerms"), "60% quality");
                assertThat(browser.find(By.id("raiseForm:offerDeadline_input")).getAttribute("value"))
                        .as("the lot's default time for offers sets the deadline").isNotBlank();
                browser.type(By.id("raiseForm:personReference"), "NHS-" + Api.unique());
                browser.type(By.id("raiseForm:postcode"), "bl9 0ej");
                browser.type(By.id("raiseForm:weeklyBudget_input"), "950");
                browser.click(By.id("raiseForm:addMustHave"));
                browser.type(By.id("raiseForm:criteria:0:text"), "Ground-floor room");
                browser.click(By.id("raiseForm:addQuestion"));
                browser.type(By.id("raiseForm:criteria:1:text"), "How will you keep the person connected to family?");

                // The two criteria kept as a template of the lot, then added again from it (and removed).
                String template = "Browser template " + Api.unique();
                browser.click(By.id("raiseForm:saveAsTemplate"));
                browser.type(By.id("raiseForm:templateName"), template);
                browser.click(By.id("raiseForm:saveTemplate"));
                browser.choose("raiseForm:template", template + " (2)");
                browser.click(By.id("raiseForm:applyTemplate"));
                assertThat(browser.find(By.id("raiseForm:criteria:2:text")).getAttribute("value")).isEqualTo("Ground-floor room");
                assertThat(browser.find(By.id("raiseForm:criteria:3:text")).getAttribute("value"))
                        .isEqualTo("How will you keep the person connected to family?");
                assertThat(Api.get("officer", "criteria-templates?lot=" + CallOffs.lotId(market)).expect(200).array())
                        .as("the template is stored in the lot").hasSize(1);
                browser.click(By.id("raiseForm:criteria:3:remove"));
                browser.click(By.id("raiseForm:criteria:2:remove"));
                browser.screenshot("officer-raise");
                browser.click(By.id("raiseForm:issue"));
                browser.confirm();
                browser.waitForText(By.id("status"), "Open for offers");
                String ref = browser.text(By.tagName("h1")).replace("Requirement ", "").trim();
                var deadline = java.time.Instant.parse(Api.get("officer", "requirements/" + ref).expect(200).json()
                        .getString("offerDeadline"));

                // The provider answers the criteria on a phone.
                browser.phone();
                browser.signIn(provider.username(), Api.PASSWORD);
                browser.go("calloff/my-invitations.xhtml");
                browser.click(By.linkText(ref));
                browser.waitForText(By.tagName("h1"), ref);
                browser.type(By.id("offerForm:weeklyPrice_input"), "812.50");
                browser.click(By.cssSelector("label[for='offerForm:answers:0:meets:0']"));
                browser.type(By.id("offerForm:answers:1:text"), "Weekly video calls and a family room.");
                browser.assertFitsWidth("invitation with criteria", By.id("offerForm:offer"));
                browser.screenshot("phone-offer-criteria");
                browser.click(By.id("offerForm:offer"));
                browser.waitForText(By.id("yourOffer"), "£812.50");
                browser.desktop();

                // The deadline passes; the officer marks the answer and proposes the award.
                CallOffs.closeOffers(ref, deadline, "EVALUATION");
                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/requirement.xhtml?ref=" + ref);
                browser.waitForText(By.id("evaluationForm:evaluation"), "£812.50");
                assertThat(browser.text(By.id("unmarked"))).contains("not marked");
                new org.openqa.selenium.support.ui.Select(browser.find(By.id("evaluationForm:evaluation:0:answers:1:mark")))
                        .selectByVisibleText("4 of 5");
                browser.settle();
                browser.waitForText(By.id("evaluationForm:evaluation"), "by officer");
                browser.screenshot("officer-evaluation");
                browser.click(By.id("evaluationForm:evaluation:0:chooseAward"));
                browser.waitForText(By.id("awardForm"), "ranked 1");
                browser.click(By.id("awardForm:proposeAward"));
                browser.confirm();
                browser.waitForText(By.id("status"), "Awaiting the provider");
                assertThat(browser.text(By.id("award"))).contains("£42,363.75"); // 812.50 x 52.14

                // The provider confirms on the phone; the contract exists.
                browser.phone();
                browser.signIn(provider.username(), Api.PASSWORD);
                browser.go("calloff/my-invitations.xhtml");
                browser.click(By.linkText(ref));
                browser.waitForText(By.id("outcome"), "confirm or decline");
                browser.assertFitsWidth("award to confirm", By.id("awardForm:confirmAward"));
                browser.screenshot("phone-award-to-confirm");
                browser.click(By.id("awardForm:confirmAward"));
                browser.confirm();
                browser.waitForText(By.id("outcome"), "Awarded to you");
                browser.go("calloff/my-contracts.xhtml");
                browser.waitForText(By.id("listForm:contracts"), ref);
                browser.assertFitsWidth("contracts", By.id("signOut"));
                browser.screenshot("phone-contracts");
                browser.desktop();

                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/requirement.xhtml?ref=" + ref);
                browser.waitForText(By.id("status"), "Awarded");
                assertThat(browser.text(By.id("contract"))).startsWith("CO-");
                browser.go("calloff/requirements.xhtml");
                browser.waitForText(By.id("listForm:requirements"), ref);
                browser.screenshot("officer-requirements");
                browser.go("calloff/contracts.xhtml");
                browser.waitForText(By.id("listForm:contracts"), ref);
                browser.screenshot("officer-contracts");
                // the emails the provider was sent on the way (the award), and the lot's templates
                browser.go("notifications/emails.xhtml");
                browser.waitForText(By.id("listForm:emails"), ref);
                browser.screenshot("officer-emails");
                browser.go("calloff/templates.xhtml");
                browser.waitForText(By.id("listForm:templates"), "Browser template");
                browser.screenshot("officer-templates");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("calloff-award-failure");
                browser.driver().findElements(By.cssSelector(".ui-growl-message, .ui-messages, .ui-message"))
                        .forEach(m -> System.out.println("Message on the page: " + m.getText()));
                throw e;
            } finally {
                CallOffs.backToRealTime();
            }
        }
    }
}
