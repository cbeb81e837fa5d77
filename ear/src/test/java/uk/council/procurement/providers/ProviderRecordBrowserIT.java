package uk.council.procurement.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;

/**
 * A quality officer opens a provider's record from the providers list, refreshes a location from
 * CQC, reads its rating history, and records a rating from evidence CQC has not published yet.
 */
class ProviderRecordBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aQualityOfficerSeesAProvidersRecordWithItsRatingHistory() {
        var provider = Fixtures.provider("GOOD");
        // CQC has since published a lower rating.
        CqcStub.location(provider.locationId(), provider.cqcProviderId(), provider.name() + " House",
                "Requires improvement", LocalDate.now().minusDays(5), 53.59, -2.30, CqcStub.RESIDENTIAL);
        try (var browser = Browser.open()) {
            try {
                browser.signIn("quality", Api.PASSWORD);
                browser.go("providers/list.xhtml");
                // The CQC register panel: sync now reports what it did.
                browser.click(By.id("cqcForm:syncNow"));
                browser.waitForText(By.id("lastResult"), "CQC changes from");
                browser.screenshot("providers-list");
                browser.type(By.id("list:providers:name:filter"), provider.name());
                browser.settle();
                browser.waitForText(By.id("list:providers"), provider.name());
                browser.click(By.linkText(provider.name()));
                browser.waitForText(By.id("providerName"), provider.name());
                assertThat(browser.text(By.id("record:tabs:locations"))).contains(provider.locationId()).contains("Good")
                        .contains("Care home service without nursing");
                browser.screenshot("record-before");

                browser.click(By.id("record:tabs:locations:0:refresh"));
                browser.waitForText(By.id("record:tabs:locations"), "Requires improvement");
                browser.click(By.cssSelector("#record\\:tabs\\:locations .ui-row-toggler"));
                browser.waitForText(By.id("record:tabs:locations"), "Rating history of");
                assertThat(browser.text(By.id("record:tabs:locations"))).contains("CQC register");
                browser.screenshot("record-history");

                browser.click(By.id("record:tabs:locations:0:evidence"));
                browser.find(By.id("evidenceForm:evidenceReference"));
                new Select(browser.driver().findElement(By.id("evidenceForm:evidenceRating_input")))
                        .selectByVisibleText("Inadequate");
                browser.typeDate(By.id("evidenceForm:evidenceDate_input"), LocalDate.now().format(UK))
                        .type(By.id("evidenceForm:evidenceReference"), "Warning notice WN-" + provider.locationId())
                        .type(By.id("evidenceForm:evidenceReason"), "Warning notice served after this week's inspection");
                browser.click(By.id("evidenceForm:saveEvidence")).confirm();
                browser.waitForText(By.id("record:tabs:locations"), "Inadequate");
                assertThat(browser.text(By.id("record:tabs:locations"))).contains("quality officer's evidence");
                browser.screenshot("record-evidence");

                // The provider is told; the history keeps all three, newest first.
                var ratings = Api.get(provider.username(), "providers/" + provider.id() + "/locations/"
                        + provider.locationId() + "/ratings").expect(200).array();
                assertThat(ratings).hasSize(3);
                assertThat(ratings.getJsonObject(0).getString("source")).isEqualTo("QUALITY_OFFICER");
                assertThat(ratings.getJsonObject(0).getString("recordedBy")).isEqualTo("quality");

                // At 390 px the page still reads, and nothing needs sideways scrolling.
                browser.driver().manage().window().setSize(new Dimension(390, 844));
                browser.go("providers/record.xhtml?id=" + provider.id());
                browser.waitForText(By.id("providerName"), provider.name());
                Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                browser.screenshot("record-390px");
                assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("record-failure");
                throw e;
            }
        }
    }
}
