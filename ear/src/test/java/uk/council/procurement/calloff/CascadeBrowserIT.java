package uk.council.procurement.calloff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.ServerTest;

/**
 * An officer raises a care-at-home package in the browser; a Lot 2 provider accepts it on a phone; the
 * officer's package page shows who accepted. Uses the demo framework's Bury North (no rota, so the
 * package goes straight to the Lot 2 providers, demo users provider5 and provider6).
 */
class CascadeBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void anOfficerRaisesAPackageAndAProviderAcceptsItOnAPhone() {
        try (var browser = Browser.open()) {
            try {
                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/raise-package.xhtml");
                browser.choose("raiseForm:zone", "Bury North");
                browser.type(By.id("raiseForm:personReference"), "NHS-" + Api.unique());
                browser.type(By.id("raiseForm:postcode"), "bl9 0ej");
                browser.typeDate(By.id("raiseForm:startDate_input"),
                        LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).format(UK));
                // a visit of 90 minutes, then the same every day: 10.5 hours a week, which the hours field then shows
                browser.click(By.id("raiseForm:addVisit"));
                // over the 30 it starts with, as a person does: select all, type
                browser.find(By.id("raiseForm:weekVisits:0:minutes_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), "90",
                        Keys.TAB);
                browser.click(By.id("raiseForm:weekVisits:0:repeat"));
                browser.waitForText(By.id("raiseForm:scheduleTotal"), "Visits a week: 7 · carers' time: 10.50 hours");
                browser.waitForText(By.id("raiseForm:hoursField"), "10.50");
                assertThat(browser.find(By.id("raiseForm:weekVisits:6:day_label")).getText()).isEqualTo("Sunday");
                browser.type(By.id("raiseForm:hourlyRate_input"), "24.37");
                browser.find(By.id("raiseForm:hourlyRate_input")).sendKeys(Keys.TAB);
                browser.waitForText(By.id("raiseForm:weeklyCost"), "£255.89");
                browser.checkAccessibility("raise-package");
                browser.click(By.id("raiseForm:raise"));
                browser.confirm();
                browser.waitForText(By.tagName("h1"), "Package PKG-");
                String ref = browser.text(By.tagName("h1")).replace("Package ", "").strip();
                CallOffs.await(() -> openOffer(ref) != null, "the Lot 2 step of " + ref);
                browser.checkAccessibility("package");

                browser.phone();
                browser.signIn("provider6", Api.PASSWORD);
                browser.go("calloff/my-packages.xhtml");
                browser.waitForText(By.id("packagesForm:packages"), ref);
                assertThat(browser.text(By.id("packagesForm:packages"))).contains("Weekly schedule: 7 visits");
                browser.assertFitsWidth("my-packages", By.id("signOut"));
                browser.checkAccessibility("my-packages");
                browser.screenshot("phone-packages");
                String card = "//div[contains(@class,'package-offer')][.//*[contains(text(),'" + ref + "')]]";
                browser.click(By.xpath(card + "//button[contains(@id,':accept')]"));
                browser.confirm();
                browser.waitForText(By.xpath(card), "Accepted");
                browser.screenshot("phone-package-accepted");

                browser.desktop();
                browser.signIn("officer", Api.PASSWORD);
                browser.go("calloff/package.xhtml?ref=" + ref);
                browser.waitForText(By.id("acceptedBy"), "Radcliffe Community Care Ltd");
                assertThat(browser.text(By.id("offers"))).contains("Accepted").contains("Gone to another provider");
                // the table sorts by a column header click (its rows are a list the table may reorder)
                browser.click(By.xpath("//div[@id='offers']//th[.//span[text()='Provider']]"));
                browser.settle();
                assertThat(browser.text(By.id("offers"))).contains("Accepted").contains("Gone to another provider");
                assertThat(browser.driver().getPageSource()).doesNotContain("UnsupportedOperationException");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("cascade-failure");
                throw e;
            }
        }
    }

    private static JsonObject openOffer(String ref) {
        return Api.get("provider6", "package-offers").expect(200).array().stream().map(JsonObject.class::cast)
                .filter(o -> ref.equals(o.getString("packageReference")) && o.getBoolean("open")).findFirst().orElse(null);
    }
}
