package org.salessequences.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never Selenium Manager, which would download one),
 * with helpers to reach into the widgets' open shadow roots and to save screenshots.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and its driver are installed. */
    static boolean installed() {
        return CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    }

    /** Skips the calling tests, saying why, on a machine without Chromium: only there. */
    static void assumeInstalled() {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed) {
            System.err.println("WidgetsIT skipped: browser tests need Debian's chromium and chromium-driver "
                    + "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed (apt-get install -y chromium chromium-driver)");
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1400", "--user-data-dir=" + profile);
            // The console's errors (script errors, failed requests such as a 5xx), for tests that the page has none.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().build();
            Files.createDirectories(SCREENSHOTS);
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String url) {
        driver.get(url);
    }

    /** An element of the page itself (outside any widget), waited for. */
    WebElement page(String css) {
        return until(d -> d.findElement(By.cssSelector(css)));
    }

    /** Runs a script in the page and returns its value. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * Answers the confirmation a widget asks inside its shadow root (its modal dialog), after checking that it names
     * {@code expected}: confirms or cancels.
     */
    void answerConfirm(String host, String expected, boolean accept) {
        WebElement dialog = in(host, "dialog[open]");
        assertTrue(dialog.getText().contains(expected), dialog.getText());
        dialog.findElement(By.cssSelector(accept ? "[data-action=confirm]" : "[data-action=cancel]")).click();
        until(d -> all(host, "dialog").isEmpty());
    }

    /**
     * Chooses a contact in a contact picker as a user would: types {@code query}, waits for a suggestion that shows
     * {@code shown}, and takes it. Returns the suggestion (what the field shows).
     */
    String pickContact(WebElement input, String query, String shown) {
        type(input, query);
        String suggestion = until(d -> (String) script("const list = arguments[0].list; "
                + "const o = list && [...list.options].find((x) => x.value.includes(arguments[1])); "
                + "return o ? o.value : null;", input, shown));
        type(input, suggestion);
        return suggestion;
    }

    /**
     * The page errors logged since the last call: uncaught script errors and requests that failed on the server (5xx).
     * A 4xx is an answer the widgets expect and show (no mailbox yet: 404; the demo mailbox for a rep: 403).
     */
    List<String> pageErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage())
                .filter(message -> !message.matches("(?s).*the server responded with a status of 4\\d\\d.*")).toList();
    }

    /** Saves a screenshot of the whole page. */
    void screenshotPage(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shadow root of the first element matching {@code host} in the page. */
    SearchContext shadow(String host) {
        return driver.findElement(By.cssSelector(host)).getShadowRoot();
    }

    WebElement in(String host, String css) {
        return until(d -> shadow(host).findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String host, String css) {
        return shadow(host).findElements(By.cssSelector(css));
    }

    /** Waits up to 30 s for a truthy value, retrying through stale elements of a widget that redrew itself. */
    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(RuntimeException.class).until(condition);
    }

    /** Runs an asynchronous script in the page; it ends by calling its last argument with the result. */
    Object runAsync(String script) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    /** The element focused inside a widget's shadow root (the page's own activeElement is the widget). */
    WebElement focused(String host) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelector(arguments[0]).shadowRoot.activeElement", host);
    }

    /** Replaces an input's text with key presses, so the widget sees real input events. */
    static void type(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    void screenshot(String host, String name) {
        try {
            File shot = driver.findElement(By.cssSelector(host)).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No alert opened and no img element anywhere in the page or in any shadow root: markup stayed text. */
    void assertNoInjectedMarkup() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        Object images = ((JavascriptExecutor) driver).executeScript("""
                const count = (root) => root.querySelectorAll('img').length + [...root.querySelectorAll('*')]
                    .filter((el) => el.shadowRoot).reduce((n, el) => n + count(el.shadowRoot), 0);
                return count(document);""");
        assertEquals(0L, images, "no element was made from data");
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a leftover temporary profile under target/ is harmless
        }
    }
}
