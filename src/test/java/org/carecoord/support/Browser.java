package org.carecoord.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium, headless, with a fresh profile and the distribution's chromedriver (Selenium Manager never
 * downloads anything). Every step waits explicitly; a step that does not happen fails with a screenshot and the page
 * source under target/browser/, named in the message.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String NOT_INSTALLED =
            "Chromium not installed: apt-get install -y chromium chromium-driver (.ci/run does this)";

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final Path ARTIFACTS = Path.of("target", "browser");
    // Coordinators work in US time zones; a date shifted by the UTC offset shows up only west of UTC.
    private static final String TIME_ZONE = "America/New_York";

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final String name;
    private final String errorCss;

    private Browser(ChromeDriver driver, Path profile, String name, String errorCss) {
        this.driver = driver;
        this.profile = profile;
        this.name = name;
        this.errorCss = errorCss;
        this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** name labels the failure artifacts; a visible element matching errorCss ends any wait as a failure. */
    public static Browser open(String url, String name, String errorCss) throws IOException {
        Path profile = Files.createTempDirectory("carecoord-chromium-");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", TIME_ZONE))
                .build();
        var options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--window-size=1400,1000",
                        "--lang=en-US",
                        "--user-data-dir=" + profile);
        // the console (failed requests with their status and URL) goes with a failure's screenshot
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var browser = new Browser(new ChromeDriver(service, options), profile, name, errorCss);
        browser.driver.get(url);
        return browser;
    }

    /** A plain page (no app to watch for error alerts), for tests of what the browser itself sends. */
    public static Browser page(String url, String name) throws IOException {
        return open(url, name, "#carecoord-plain-page-has-no-error-alert");
    }

    /** Fills in and sends the webapps' login form (Tasklist, Cockpit and Admin share it). */
    public void signIn(String user, String password) {
        type(find("the login form", By.cssSelector("form[name='signinForm'] input[ng-model='username']")), user);
        type(
                find("the password field", By.cssSelector("form[name='signinForm'] input[ng-model='password']")),
                password);
        click("Log in", By.cssSelector("form[name='signinForm'] button[type='submit']"));
    }

    /** Runs JavaScript in the page, e.g. to submit a form as a user would. */
    public Object script(String javaScript, Object... arguments) {
        return driver.executeScript(javaScript, arguments);
    }

    /** Waits until the page's text contains the given text; fails with a screenshot if it does not. */
    public void waitForText(String text) {
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (TimeoutException e) {
            throw failure("page never showed: " + text);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits until condition returns non-null; a visible error element ends the wait at once. */
    public <T> T await(String expectation, Function<WebDriver, T> condition) {
        try {
            return wait.until(d -> {
                List<String> errors = visibleTexts(errorCss);
                if (!errors.isEmpty()) {
                    throw failure("Expected " + expectation + ", but the page shows: " + errors);
                }
                return condition.apply(d);
            });
        } catch (TimeoutException e) {
            throw failure("Expected " + expectation + " within " + TIMEOUT.toSeconds() + " s");
        }
    }

    public WebElement find(String what, By by) {
        return await(
                what,
                d -> d.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    }

    public void click(String what, By by) {
        click(what, driver, by);
    }

    /** Scrolls the element to the middle first (fixed headers and footers cover the edges) and retries if covered. */
    public void click(String what, SearchContext context, By by) {
        await("\"" + what + "\" clickable", d -> {
            WebElement element = context.findElements(by).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
            if (element == null || !element.isEnabled()) {
                return null;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return null;
            }
        });
    }

    public static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** The texts of the visible elements matching css, in one round trip (pages hold many hidden alerts). */
    @SuppressWarnings("unchecked")
    public List<String> visibleTexts(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".filter(e => e.offsetParent !== null).map(e => e.innerText.trim()).filter(t => t)",
                css);
    }

    /** Saves a screenshot and the page source under target/browser/ and returns an error naming them. */
    public AssertionError failure(String message) {
        String file = name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
        Path png = ARTIFACTS.resolve(file + ".png").toAbsolutePath();
        Path html = ARTIFACTS.resolve(file + ".html").toAbsolutePath();
        try {
            Files.createDirectories(ARTIFACTS);
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(html, Objects.requireNonNullElse(driver.getPageSource(), ""));
            Path console = ARTIFACTS.resolve(file + ".console.log").toAbsolutePath();
            Files.write(console, consoleLines());
            return new AssertionError(message + "\n  at " + driver.getCurrentUrl() + "\n  see " + png + "\n  and "
                    + html + "\n  and " + console);
        } catch (IOException | RuntimeException e) {
            return new AssertionError(message + " (no screenshot: " + e + ")");
        }
    }

    /** The browser console since the last read, e.g. "… responded with a status of 401" with the request's URL. */
    private List<String> consoleLines() {
        try {
            return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(entry -> Instant.ofEpochMilli(entry.getTimestamp()) + " " + entry.getLevel() + " "
                            + entry.getMessage())
                    .toList();
        } catch (RuntimeException unavailable) {
            return List.of("(no console log: " + unavailable.getClass().getSimpleName() + ")");
        }
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** An XPath string literal for any text, including quotes. */
    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
