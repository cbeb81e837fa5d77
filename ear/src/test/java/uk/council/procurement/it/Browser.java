package uk.council.procurement.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium through /usr/bin/chromedriver (never a downloaded
 * driver). Skips the test, with a notice, when the packages are not installed.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private int shot;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open() {
        Assumptions.assumeFalse(Boolean.getBoolean("browser.skip"), "browser tests switched off (-Dbrowser.skip=true)");
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser test skipped: install Debian's chromium and chromium-driver to run it");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,1000", "--lang=en-GB");
        return new Browser(new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(Api.BASE + path);
        settle();
        return this;
    }

    public Browser signIn(String username, String password) {
        driver.get(Api.BASE + "logout");
        type(By.id("j_username"), username);
        type(By.id("j_password"), password);
        click(By.id("signIn"));
        return this;
    }

    /**
     * Types a date into a PrimeFaces date picker and leaves it with Tab, which closes its calendar.
     * The calendar of the previous picker may still be closing and swallow the typing, so the value
     * is checked and typed again if it did not stick.
     */
    public Browser typeDate(By by, String ukDate) {
        for (int attempt = 0; attempt < 3; attempt++) {
            var element = find(by);
            element.clear();
            element.sendKeys(ukDate, Keys.TAB);
            settle();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(d -> ukDate.equals(d.findElement(by).getDomProperty("value")));
                return this;
            } catch (org.openqa.selenium.TimeoutException e) {
                // typed into a closing calendar: try again
            }
        }
        throw new AssertionError("Could not type " + ukDate + " into " + by + ": it holds \"" + find(by).getDomProperty("value") + "\"");
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser type(By by, String text) {
        var element = find(by);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks, finding the element again if an Ajax update replaced it between finding and clicking. */
    public Browser click(By by) {
        settle();
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            var element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        settle();
        return this;
    }

    /** Shows pages as a phone does: 390 px wide (CSS pixels), with the page's viewport meta honoured. */
    public Browser phone() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 390, "height", 844,
                "deviceScaleFactor", 1, "mobile", true));
        return this;
    }

    /** Back to the desktop window the browser started with. */
    public Browser desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        return this;
    }

    /**
     * Fails unless the page fits the window's width (nothing needs sideways scrolling) and each element
     * given lies wholly inside the window horizontally.
     */
    public Browser assertFitsWidth(String page, By... inView) {
        var js = (JavascriptExecutor) driver;
        long width = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        org.assertj.core.api.Assertions.assertThat(scroll).as("%s: page width in a %d px window", page, width)
                .isLessThanOrEqualTo(width);
        for (By by : inView) {
            var rect = find(by).getRect();
            org.assertj.core.api.Assertions.assertThat(rect.getX() >= 0 && rect.getX() + rect.getWidth() <= width)
                    .as("%s: %s lies at x %d to %d in a %d px window", page, by, rect.getX(), rect.getX() + rect.getWidth(), width)
                    .isTrue();
        }
        return this;
    }

    /** Picks an option of a PrimeFaces select menu with a filter as a hurried person does: type, Enter. */
    public Browser choose(String menuId, String label) {
        click(By.id(menuId));
        var filter = find(By.id(menuId + "_filter"));
        filter.sendKeys(label);
        filter.sendKeys(org.openqa.selenium.Keys.ENTER);
        settle();
        waitForText(By.id(menuId + "_label"), label);
        return this;
    }

    /**
     * Clicks Yes in the confirmation dialog that guards an irreversible step, and waits until the dialog
     * has faded out (a photograph taken mid-fade would judge its half-transparent text's contrast).
     */
    public Browser confirm() {
        click(By.id("confirmYes"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog, .ui-confirmdialog")));
        return this;
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Browser waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return this;
    }

    /** Waits until the page has loaded and PrimeFaces has no Ajax request in flight. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    /** WCAG 2.1 A and AA rules of axe-core, as the accessibility checks run them. */
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
            + " help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); })}; }))); })"
            + ".catch(function (e) { done('ERROR ' + e); });";
    private static final Path ACCESSIBILITY = Path.of("target", "accessibility");
    private final java.util.List<String> serious = new java.util.ArrayList<>();

    /**
     * Runs axe-core on the page as it is now and records what it finds (target/accessibility/); serious
     * and critical violations of WCAG 2.1 A/AA fail the test when the browser closes.
     */
    public void checkAccessibility(String name) {
        try {
            var js = (JavascriptExecutor) driver;
            if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
                try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                    js.executeScript(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            String found = String.valueOf(js.executeAsyncScript(AXE_RUN));
            Files.createDirectories(ACCESSIBILITY);
            Files.writeString(ACCESSIBILITY.resolve(String.format("%02d-%s.json", shot, name)), found);
            if (found.startsWith("ERROR")) {
                serious.add(name + ": axe could not run: " + found);
                return;
            }
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(found))) {
                for (var v : reader.readArray().getValuesAs(jakarta.json.JsonObject.class)) {
                    String impact = v.getString("impact", "");
                    if (impact.equals("serious") || impact.equals("critical")) {
                        serious.add(name + ": " + impact + " " + v.getString("id") + " (" + v.getString("help") + ") at "
                                + v.getJsonArray("nodes"));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Accessibility check of " + name + " failed", e);
        }
    }

    /** Saves a screenshot to target/screenshots, numbered in order, for a person to look at, and checks
     * the page's accessibility. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var file = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(String.format("%02d-%s.png", ++shot, name)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.err.println("Screenshot " + name + " failed: " + e);
        }
        checkAccessibility(name);
    }

    @Override
    public void close() {
        driver.quit();
        if (!serious.isEmpty() && Boolean.parseBoolean(System.getProperty("a11y.enforce", "true"))) {
            throw new AssertionError("Serious or critical accessibility violations (WCAG 2.1 AA, axe-core):\n"
                    + String.join("\n", serious));
        }
    }
}
