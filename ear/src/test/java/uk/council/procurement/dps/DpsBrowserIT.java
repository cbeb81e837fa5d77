package uk.council.procurement.dps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.ServerTest;

/** An officer sets up a dynamic market and its lot in the screens, and opens it to applications. */
class DpsBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anOfficerCreatesADynamicMarketAddsALotAndOpensIt() {
        String reference = "DM-WEB-" + Api.unique().toUpperCase();
        try (var browser = Browser.open()) {
            try {
                browser.signIn("officer", Api.PASSWORD);
                browser.go("dps/list.xhtml").click(By.id("newDps"));
                browser.type(By.id("dpsForm:reference"), reference)
                        .typeDate(By.id("dpsForm:termStart_input"), LocalDate.now().format(UK))
                        .typeDate(By.id("dpsForm:termEnd_input"), LocalDate.now().plusYears(4).format(UK))
                        .click(By.id("dpsForm:save"));
                // No title: refused next to the field, nothing created.
                browser.waitForText(By.id("dpsForm"), "Title is required");
                browser.screenshot("dps-refused");
                assertThat(Api.get("officer", "dps/" + reference).status()).isEqualTo(404);

                browser.type(By.id("dpsForm:title"), "Home care dynamic market " + reference)
                        .click(By.id("dpsForm:save"));
                browser.waitForText(By.tagName("h1"), "Home care dynamic market");
                assertThat(browser.text(By.id("status"))).isEqualTo("Draft");

                browser.click(By.id("lotsForm:addLot"));
                browser.type(By.id("lotForm:code"), "hc1").type(By.id("lotForm:lotTitle"), "Home care - Bury North")
                        .type(By.id("lotForm:zone"), "Bury North");
                new Select(browser.driver().findElement(By.id("lotForm:careSetting_input"))).selectByVisibleText("Care at home");
                browser.screenshot("dps-lot-dialog");
                browser.click(By.id("lotForm:saveLot"));
                browser.waitForText(By.id("lotsForm:lotTable"), "HC1");
                assertThat(browser.text(By.id("lotsForm:lotTable"))).contains("Bury North").contains("Good");
                // Editing a lot says so in the dialog's title; adding one says "Add lot".
                browser.click(By.cssSelector("button[title='Edit lot HC1']"));
                browser.waitForText(By.id("lotDialogHeader"), "Edit lot HC1");
                assertThat(browser.find(By.id("lotForm:code")).getAttribute("value")).isEqualTo("HC1");
                browser.screenshot("dps-lot-edit-dialog");
                browser.find(By.id("lotForm:code")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("lotDialog")));
                browser.click(By.id("lotsForm:addLot"));
                browser.waitForText(By.id("lotDialogHeader"), "Add lot");
                browser.find(By.id("lotForm:code")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                        .until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("lotDialog")));

                browser.click(By.id("statusForm:open")).confirm();
                browser.waitForText(By.id("status"), "Open");
                browser.screenshot("dps-open");
                var dps = Api.get("officer", "dps/" + reference).expect(200).json();
                assertThat(dps.getBoolean("acceptingApplications")).isTrue();
                assertThat(dps.getJsonArray("lots").getJsonObject(0).getString("zone")).isEqualTo("Bury North");
                assertThat(browser.text(By.id("historyCard"))).contains("Opened").contains("Lot added").contains("Priya Shah");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("dps-failure");
                throw e;
            }
        }
    }
}
