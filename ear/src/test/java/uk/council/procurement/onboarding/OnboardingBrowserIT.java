package uk.council.procurement.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import uk.council.procurement.it.Api;
import uk.council.procurement.it.Browser;
import uk.council.procurement.it.CqcStub;
import uk.council.procurement.it.Fixtures;
import uk.council.procurement.it.ServerTest;
import uk.council.procurement.platform.WorkingDayCalendar;

/**
 * The onboarding story in the real pages, in headless Chromium: a provider registers, applies
 * through the wizard and submits; an officer recommends from the inbox; a lead approves; the
 * provider sees the decision, accepts the agreement and is admitted.
 */
class OnboardingBrowserIT extends ServerTest {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aProviderAppliesAnOfficerAndALeadDecideAndTheProviderIsAdmitted() throws Exception {
        String suffix = Api.unique();
        String username = "web-" + suffix;
        String organisation = "Browser Care " + suffix + " Ltd";
        Path pdf = Files.createTempFile("policy", ".pdf");
        Files.write(pdf, Api.pdf());

        try (var browser = Browser.open()) {
            try {
                story(browser, suffix, username, organisation, pdf);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failure");
                throw e;
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
    }

    @Test
    void aProviderWithdrawsAnApplicationWithAReasonAndTheOfficerSeesWhy() {
        var provider = Fixtures.provider("Good");
        String reference = Fixtures.submitted(provider, Fixtures.OPEN_DPS, java.util.List.of("R1"));
        try (var browser = Browser.open()) {
            try {
                browser.signIn(provider.username(), Api.PASSWORD);
                browser.go("onboarding/my-application.xhtml?ref=" + reference);
                // Without a reason nothing happens, and the page says why.
                browser.click(By.id("withdrawForm:withdraw")).confirm();
                browser.waitForText(By.id("withdrawForm"), "Tell the council why");
                browser.settle();
                assertThat(browser.text(By.id("status"))).isEqualTo("Under evaluation");
                // (the refusal's re-rendering may still replace the form just after it shows: type until it holds)
                By reason = By.id("withdrawForm:withdrawalReason");
                for (int attempt = 0; attempt < 5; attempt++) {
                    browser.settle();
                    browser.type(reason, "We are selling the home");
                    Api.sleep(300);
                    if ("We are selling the home".equals(browser.find(reason).getAttribute("value"))) {
                        break;
                    }
                }
                browser.screenshot("provider-withdraw");
                browser.click(By.id("withdrawForm:withdraw")).confirm();
                browser.waitForText(By.id("status"), "Withdrawn");
                assertThat(browser.text(By.id("withdrawn"))).contains("We are selling the home").contains("Sam Test");
                assertThat(browser.driver().findElements(By.id("withdrawForm"))).isEmpty();
                browser.screenshot("provider-withdrawn");

                browser.signIn("officer", Api.PASSWORD);
                browser.go("onboarding/review.xhtml?ref=" + reference);
                assertThat(browser.text(By.id("withdrawn"))).contains("Withdrawn by the provider").contains("We are selling the home");
                browser.screenshot("officer-withdrawn");
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("withdraw-failure");
                throw e;
            }
        }
    }

    private void story(Browser browser, String suffix, String username, String organisation, Path pdf) throws Exception {
        String cqcProviderId = Fixtures.cqcId(4, suffix);
        String locationId = Fixtures.cqcId(5, suffix);
        CqcStub.provider(cqcProviderId, organisation, locationId);
        CqcStub.location(locationId, cqcProviderId, organisation + " House", "Good", LocalDate.now().minusMonths(3),
                53.59, -2.30, CqcStub.RESIDENTIAL);
        {
            // Register and land on the provider's home page, signed in.
            browser.go("login.xhtml").click(By.id("registerLink"));
            browser.type(By.id("registerForm:orgName"), organisation)
                    .type(By.id("registerForm:cqcProviderId"), cqcProviderId)
                    .type(By.id("registerForm:addressLine1"), "2 Silver Street")
                    .type(By.id("registerForm:town"), "Bury")
                    .type(By.id("registerForm:postcode"), "BL9 0EN")
                    .type(By.id("registerForm:contactName"), "Robin Web")
                    .type(By.id("registerForm:contactEmail"), "robin@" + suffix + ".example")
                    .type(By.id("registerForm:fullName"), "Robin Web")
                    .type(By.id("registerForm:email"), "robin@" + suffix + ".example")
                    .type(By.id("registerForm:username"), username)
                    .type(By.id("registerForm:companyNumber"), "AB12")
                    .type(By.id("registerForm:password"), Api.PASSWORD)
                    .type(By.id("registerForm:confirmPassword"), Api.PASSWORD)
                    .click(By.id("registerForm:register"));
            // A wrong value is refused next to its field, and the field still shows what was typed.
            browser.waitForText(By.id("registerForm"), "must be a Companies House number");
            assertThat(browser.find(By.id("registerForm:companyNumber")).getAttribute("value")).isEqualTo("AB12");
            browser.screenshot("register-refused-company-number");
            // A weak password is refused, with the message next to the field; the corrected field's message is gone.
            browser.type(By.id("registerForm:companyNumber"), "")
                    .type(By.id("registerForm:password"), "short")
                    .type(By.id("registerForm:confirmPassword"), "short")
                    .click(By.id("registerForm:register"));
            browser.waitForText(By.id("registerForm"), "Use at least 12 characters");
            assertThat(browser.text(By.id("registerForm"))).doesNotContain("must be a Companies House number");
            browser.screenshot("register-refused");
            browser.type(By.id("registerForm:password"), Api.PASSWORD)
                    .type(By.id("registerForm:confirmPassword"), Api.PASSWORD)
                    .click(By.id("registerForm:register"));
            browser.waitForText(By.tagName("h1"), "Your applications");
            browser.screenshot("provider-home");
            // The header says which organisation the provider acts for.
            assertThat(browser.text(By.id("organisationName"))).isEqualTo(organisation);

            // Apply to the open care home DPS through the wizard, starting on a phone.
            browser.phone();
            browser.go("onboarding/my-applications.xhtml");
            browser.assertFitsWidth("provider home", By.id("signOut"), By.id("organisationName"));
            browser.screenshot("phone-provider-home");
            browser.click(By.xpath("//tr[contains(., 'CH-DPS-2024')]//button[contains(., 'Apply')]"));
            browser.waitForText(By.tagName("h1"), "Apply to");
            browser.assertFitsWidth("wizard", By.id("signOut"), By.cssSelector(".ui-wizard-nav-next"));
            browser.screenshot("phone-wizard");
            browser.desktop();
            // A location is added by its CQC id alone; its name and rating come from the CQC register.
            browser.type(By.id("applyForm:locationId"), locationId).click(By.id("applyForm:addLocation"));
            browser.waitForText(By.id("applyForm:locations"), organisation + " House");
            browser.waitForText(By.id("applyForm:locations"), "Good");
            browser.screenshot("wizard-organisation");
            browser.click(By.cssSelector(".ui-wizard-nav-next"));

            browser.click(By.xpath("//label[starts-with(normalize-space(.), 'R1 ')]/preceding-sibling::div[contains(@class, 'ui-chkbox')]"));
            browser.screenshot("wizard-lots");
            browser.click(By.cssSelector(".ui-wizard-nav-next"));

            browser.type(By.id("applyForm:insurer"), "Northern Mutual")
                    .type(By.id("applyForm:policyNumber"), "NM-" + suffix)
                    .type(By.id("applyForm:employersLiability_input"), "10000000")
                    .type(By.id("applyForm:publicLiability_input"), "5000000")
                    .typeDate(By.id("applyForm:insuranceExpires_input"), LocalDate.now().plusYears(1).format(UK));
            browser.screenshot("wizard-insurance");
            browser.click(By.cssSelector(".ui-wizard-nav-next"));

            // A text file and a file over 5 MB are refused with a message, and the wizard stays.
            Path text = Files.createTempFile("notes", ".txt");
            Path big = Files.createTempFile("huge", ".pdf");
            try {
                Files.writeString(text, "not a policy");
                byte[] huge = new byte[6 * 1024 * 1024];
                System.arraycopy(Api.pdf(), 0, huge, 0, Api.pdf().length);
                Files.write(big, huge);
                for (Path refused : new Path[] {text, big}) {
                    browser.driver().findElements(By.cssSelector("input[type=file]")).get(0).sendKeys(refused.toString());
                    browser.settle();
                    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                            .until(d -> d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                                    .anyMatch(org.openqa.selenium.WebElement::isDisplayed));
                    browser.screenshot("wizard-upload-refused-" + refused.getFileName().toString().replaceAll(".*\\.", ""));
                    assertThat(browser.text(By.tagName("h1"))).startsWith("Apply to");
                    browser.go(browser.driver().getCurrentUrl().replaceAll(".*/dps/", ""));
                }
            } finally {
                Files.deleteIfExists(text);
                Files.deleteIfExists(big);
            }
            assertThat(browser.text(By.id("applyForm:wizard"))).contains("Not uploaded yet");
            for (int i = 0; i < 3; i++) {
                var inputs = browser.driver().findElements(By.cssSelector("input[type=file]"));
                inputs.get(i).sendKeys(pdf.toString());
                browser.settle();
                Thread.sleep(500);
                browser.settle();
            }
            browser.screenshot("wizard-documents");
            // Left and resumed, the draft opens at its first step not yet done: here the review.
            browser.go("onboarding/my-applications.xhtml");
            browser.click(By.xpath("//tr[contains(., 'CH-DPS-2024')]//a[contains(., 'Continue draft')]"));
            browser.waitForText(By.id("applyForm:wizard"), "All documents uploaded");
            browser.screenshot("wizard-review");
            // Without the declaration nothing is submitted, and the page says why.
            browser.click(By.id("applyForm:submit")).confirm();
            browser.waitForText(By.id("applyForm:wizard"), "Confirm the declaration");
            // "Change" leads back to a step; moving on returns to the review.
            browser.click(By.id("changeDocuments"));
            browser.waitForText(By.id("applyForm:wizard"), "A new upload");
            browser.click(By.cssSelector(".ui-wizard-nav-next"));
            browser.waitForText(By.id("applyForm:wizard"), "All documents uploaded");
            browser.click(By.cssSelector("#applyForm\\:declaration .ui-chkbox-box"));
            browser.click(By.id("applyForm:submit")).confirm();

            browser.waitForText(By.tagName("h1"), "Care Homes DPS");
            String reference = browser.driver().getCurrentUrl().replaceAll(".*ref=", "");
            LocalDate due = new WorkingDayCalendar().addWorkingDays(LocalDate.now(java.time.ZoneId.of("Europe/London")), 10);
            assertThat(browser.text(By.id("dueDate"))).isEqualTo(due.format(UK));
            browser.screenshot("provider-submitted");

            // The officer finds it in the inbox and recommends admission.
            Api.awaitStatus("officer", reference, "UNDER_EVALUATION");
            browser.signIn("officer", Api.PASSWORD);
            browser.waitForText(By.tagName("h1"), "Task inbox");
            browser.type(By.id("inboxForm:tasks:globalFilter"), reference);
            browser.settle();
            browser.waitForText(By.id("inboxForm:tasks"), organisation);
            browser.screenshot("officer-inbox");
            // The staff lists, each checked for accessibility as photographed.
            for (String list : new String[] {"onboarding/applications.xhtml", "providers/list.xhtml", "dps/list.xhtml"}) {
                browser.go(list);
                browser.screenshot("officer-" + list.replaceAll("[^a-z]+", "-"));
            }
            browser.go("inbox/tasks.xhtml");
            browser.type(By.id("inboxForm:tasks:globalFilter"), reference);
            browser.settle();
            browser.waitForText(By.id("inboxForm:tasks"), organisation);
            browser.click(By.partialLinkText(reference));
            browser.waitForText(By.id("currentStep"), "Evaluate application");
            browser.click(By.id("assignForm:assign"));
            browser.waitForText(By.id("assignee"), "Priya Shah");
            browser.screenshot("officer-review");
            browser.click(By.id("tabs:recommendForm:recommend")).confirm();
            browser.waitForText(By.id("status"), "Awaiting approval");

            // The lead approves.
            browser.signIn("lead", Api.PASSWORD);
            browser.go("onboarding/review.xhtml?ref=" + reference);
            browser.click(By.xpath("//a[normalize-space(.)='Approval']"));
            browser.screenshot("lead-approval");
            browser.click(By.id("tabs:approveForm:approve")).confirm();
            browser.waitForText(By.id("status"), "Awaiting agreement");

            // The provider sees the decision and accepts the agreement.
            browser.signIn(username, Api.PASSWORD);
            browser.go("onboarding/my-application.xhtml?ref=" + reference);
            assertThat(browser.text(By.id("decisions"))).contains("R1").contains("Admitted");
            browser.screenshot("provider-decision");
            browser.click(By.id("agreementForm:accept")).confirm();
            Api.awaitStatus(username, reference, "ADMITTED");
            browser.go("onboarding/my-application.xhtml?ref=" + reference);
            assertThat(browser.text(By.id("status"))).isEqualTo("Admitted");
            assertThat(browser.text(By.id("history"))).contains("Admitted").contains("Approved").contains("Agreement accepted");
            browser.screenshot("provider-admitted");
            browser.go("onboarding/my-applications.xhtml");
            assertThat(browser.text(By.id("admitted"))).contains("CH-DPS-2024").contains("R1").contains("Active");
            browser.screenshot("provider-admissions");

            // The provider's pages on a phone: nothing off-screen, nothing to scroll sideways.
            browser.phone();
            for (String page : new String[] {"onboarding/my-applications.xhtml",
                    "onboarding/my-application.xhtml?ref=" + reference, "providers/organisation.xhtml"}) {
                browser.go(page);
                browser.assertFitsWidth(page, By.id("signOut"));
                browser.screenshot("phone-" + page.replaceAll("[^a-z]+", "-"));
            }
            browser.desktop();
        }
    }
}
