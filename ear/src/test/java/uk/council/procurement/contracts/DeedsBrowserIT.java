package uk.council.procurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.ContractFixtures;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A deed in the browser: the provider, on a phone, reads and signs it in the portal; legal finds it at
 * the top of the queue, signs and seals it with the seal register number, and sees the agreement's new
 * expiry and the seal verified. Each page passes the accessibility checks.
 */
class DeedsBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void theProviderSignsOnAPhoneAndLegalSeals() {
        var provider = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        String deed = ContractFixtures.deedFor(provider, "9139875");
        var view = Api.get("legal", "deeds/" + deed).expect(200).json();
        String newExpiry = java.time.LocalDate.parse(view.getString("newExpiry")).format(UK);
        String contract = view.getString("contractReference");

        try (var browser = Browser.open()) {
            try {
                browser.phone();
                browser.signIn(provider.username(), Api.PASSWORD);
                browser.go("calloff/my-contracts.xhtml");
                browser.waitForText(By.id("deedsForm:deeds"), deed);
                browser.click(By.xpath("//a[text()='" + deed + "']"));
                browser.waitForText(By.id("deedStatus"), "Awaiting the provider");
                assertThat(browser.text(By.id("digest"))).isEqualTo(view.getString("documentSha256"));
                browser.checkAccessibility("my-deed");
                browser.click(By.id("signForm:sign"));
                browser.confirm();
                browser.waitForText(By.id("signForm"), "Confirm that you have read the deed");
                browser.click(By.id("signForm:read"));
                browser.click(By.id("signForm:sign"));
                browser.confirm();
                browser.waitForText(By.id("deedStatus"), "Awaiting legal");
                assertThat(browser.text(By.id("providerSignature"))).contains(view.getString("documentSha256"));
                browser.assertFitsWidth("my deed on a phone", By.id("signOut"));
                browser.screenshot("phone-my-deed-signed");

                browser.desktop();
                browser.signIn("legal", Api.PASSWORD);
                browser.go("contracts/deeds.xhtml?status=awaiting_seal");
                browser.waitForText(By.id("listForm:deeds"), deed);
                browser.checkAccessibility("deeds");
                browser.click(By.xpath("//a[text()='" + deed + "']"));
                browser.waitForText(By.id("deedStatus"), "Awaiting legal");
                browser.click(By.id("sealForm:seal"));
                browser.confirm();
                browser.waitForText(By.id("sealForm"), "Give the seal register number");
                String number = "BR/" + Api.unique();
                browser.type(By.id("sealForm:sealNumber"), number);
                browser.checkAccessibility("deed-to-seal");
                browser.click(By.id("sealForm:seal"));
                browser.confirm();
                browser.waitForText(By.id("deedStatus"), "Signed and sealed");
                assertThat(browser.text(By.id("sealNumber"))).isEqualTo(number);
                browser.waitForText(By.id("legalSignature"), "The seal verifies");
                assertThat(browser.text(By.id("newExpiry"))).isEqualTo(newExpiry);
                browser.screenshot("deed-sealed");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("deeds-failure");
                throw e;
            }
        }
        assertThat(Api.get("officer", "contracts/" + contract).expect(200).json().getString("currentExpiry"))
                .isEqualTo(view.getString("newExpiry"));
    }
}
