package uk.council.procurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.ContractFixtures;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * The register and a review in the browser: an officer finds the agreements due a decision, tries an
 * extension with its cost, recommends for one provider to extend and for another to let expire and
 * sends them on; a lead, on a phone, records cabinet's decision for the Lot 1 provider, approves the
 * other and finishes. Each page passes the accessibility checks.
 */
class ContractsBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anOfficerRecommendsAndALeadDecidesOnAPhone() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String market = ContractFixtures.framework("CABINET", "LEAD");
        var lot1 = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        var lot2 = Fixtures.provider("GOOD", CqcStub.DOMICILIARY);
        Fixtures.admitted(lot1, market, Map.of("1", "ADMIT"));
        Fixtures.admitted(lot2, market, Map.of("2", "ADMIT"));
        String staying = ContractFixtures.agreement(market, lot1, "9139875", ContractFixtures.TODAY.plusMonths(5));
        String leaving = ContractFixtures.agreement(market, lot2, "120000", ContractFixtures.TODAY.plusMonths(5));
        String review = Api.post("officer", "reviews", "{\"dps\": \"" + market + "\"}", null).expect(201).json()
                .getString("reference");

        try (var browser = Browser.open()) {
            try {
                browser.signIn("officer", Api.PASSWORD);
                browser.go("contracts/register.xhtml?due=6&dps=" + market);
                browser.waitForText(By.id("listForm:contracts"), staying);
                browser.checkAccessibility("contract-register");

                browser.go("contracts/contract.xhtml?ref=" + staying);
                var uplift = browser.find(By.id("extensionForm:uplift_input"));
                uplift.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8.24");
                browser.click(By.id("extensionForm:check"));
                browser.waitForText(By.id("cost"), "£9,893,001");
                assertThat(browser.text(By.id("newExpiry")))
                        .isEqualTo(Contract12Months.after(ContractFixtures.TODAY.plusMonths(5)).format(UK));
                browser.checkAccessibility("contract");

                browser.go("contracts/review.xhtml?ref=" + review);
                browser.find(By.id("upliftForm:uplift_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "8.24");
                browser.click(By.id("upliftForm:saveUplift"));
                browser.waitForText(By.className("facts"), "8.24%");
                String row = "//tr[.//a[text()='%s']]";
                browser.click(By.xpath(row.formatted(lot1.name()) + "//div[contains(@class,'ui-chkbox-box')]"));
                browser.click(By.id("itemsForm:openRecommend"));
                browser.type(By.id("recommendForm:reasons"), "All contractual obligations met");
                browser.click(By.id("recommendForm:recommend"));
                browser.waitForText(By.xpath(row.formatted(lot1.name())), "Extend 12 months");
                browser.waitForText(By.xpath(row.formatted(lot1.name())), "£9,893,001");
                browser.click(By.xpath(row.formatted(lot2.name()) + "//div[contains(@class,'ui-chkbox-box')]"));
                browser.click(By.id("itemsForm:openRecommend"));
                browser.click(By.xpath("//label[contains(text(),'Let expire')]"));
                browser.type(By.id("recommendForm:reasons"), "Too many Lot 2 providers");
                browser.click(By.id("recommendForm:recommend"));
                browser.waitForText(By.xpath(row.formatted(lot2.name())), "Let expire");
                browser.checkAccessibility("review");
                browser.click(By.id("itemsForm:submit"));
                browser.confirm();
                browser.waitForText(By.id("status"), "Leads deciding");

                browser.phone();
                browser.signIn("lead", Api.PASSWORD);
                browser.go("contracts/review.xhtml?ref=" + review);
                browser.click(By.xpath(row.formatted(lot1.name()) + "//button[contains(.,'Decide')]"));
                browser.typeDate(By.id("decideForm:cabinetDate_input"), today.minusDays(2).format(UK));
                browser.type(By.id("decideForm:cabinetMinute"), "CAB/2026/57");
                browser.click(By.id("decideForm:decide"));
                browser.confirm();
                browser.waitForText(By.xpath(row.formatted(lot1.name())), "Cabinet " + today.minusDays(2).format(UK));
                browser.click(By.xpath(row.formatted(lot2.name()) + "//button[contains(.,'Decide')]"));
                browser.click(By.id("decideForm:decide"));
                browser.confirm();
                browser.waitForText(By.xpath(row.formatted(lot2.name())), "Approved");
                browser.assertFitsWidth("review on a phone", By.id("itemsForm:finish"));
                browser.screenshot("phone-review-decided");
                browser.click(By.id("itemsForm:finish"));
                browser.confirm();
                browser.waitForText(By.id("status"), "Decided");

                // The provider not extended sees its agreement and its end date on its phone.
                browser.signIn(lot2.username(), Api.PASSWORD);
                browser.go("calloff/my-contracts.xhtml");
                browser.waitForText(By.id("agreementsForm:agreements"), leaving);
                assertThat(browser.text(By.id("agreementsForm:agreements")))
                        .contains(ContractFixtures.TODAY.plusMonths(5).format(UK));
                browser.assertFitsWidth("my agreements", By.id("signOut"));
                browser.screenshot("phone-my-agreements");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("contracts-failure");
                throw e;
            }
        }
    }

    /** The expiry after 12 months from the day after: 24/10/2024 gives 24/10/2025. */
    private static final class Contract12Months {
        static LocalDate after(LocalDate expiry) {
            LocalDate start = expiry.plusDays(1);
            LocalDate corresponding = start.plusMonths(12);
            return start.getDayOfMonth() > corresponding.lengthOfMonth() ? corresponding : corresponding.minusDays(1);
        }
    }
}
