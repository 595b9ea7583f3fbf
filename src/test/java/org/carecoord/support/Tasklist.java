package org.carecoord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real Camunda Tasklist in the system Chromium, driven the way a coordinator uses it. Elements are found by what
 * the user reads (filter, task and process names, option labels) or by the Camunda Form's element IDs; every step
 * waits explicitly, and a step that does not happen fails with a screenshot and the page source in target/browser/.
 */
public final class Tasklist implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final String NOT_INSTALLED =
            "Chromium not installed: apt-get install -y chromium chromium-driver (.ci/run does this)";

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final Path ARTIFACTS = Path.of("target", "browser");
    // The dates a US coordinator types; the browser runs in a US time zone so a date shifted by UTC shows up.
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String BROWSER_TIME_ZONE = "America/New_York";
    private static final String START_FORM = ".modal-dialog [cam-tasklist-form]";
    private static final String TASK_FORM = "section.task-card [cam-tasklist-form]";

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;
    private final String url;
    private final String name;

    private Tasklist(ChromeDriver driver, Path profile, String url, String name) {
        this.driver = driver;
        this.profile = profile;
        this.url = url;
        this.name = name;
        this.wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
        wait.ignoring(StaleElementReferenceException.class);
    }

    public static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts a fresh browser (own profile, nothing downloaded) on Tasklist; name labels failure artifacts. */
    public static Tasklist open(int port, String name) throws IOException {
        Path profile = Files.createTempDirectory("carecoord-chromium-");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", BROWSER_TIME_ZONE)).build();
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
        var tasklist = new Tasklist(new ChromeDriver(service, options), profile,
                "http://localhost:" + port + "/camunda/app/tasklist/", name);
        tasklist.driver.get(tasklist.url);
        return tasklist;
    }

    public void logIn(String user, String password) {
        type(find("the login form", By.cssSelector("form[name='signinForm'] input[ng-model='username']")), user);
        type(find("the password field", By.cssSelector("form[name='signinForm'] input[ng-model='password']")),
                password);
        click("Log in", By.cssSelector("form[name='signinForm'] button[type='submit']"));
        await("the filter list after logging in as " + user, d -> filterNames().isEmpty() ? null : true);
    }

    /** The filters in the left column, as named (without the focused filter's task count). */
    public List<String> filterNames() {
        return driver.findElements(By.cssSelector(".task-filter h4.name a")).stream().map(link -> {
            String text = link.getAttribute("textContent").trim();
            String count = link.findElements(By.cssSelector(".counter")).stream()
                    .map(c -> c.getAttribute("textContent").trim()).findFirst().orElse("");
            return text.endsWith(count) ? text.substring(0, text.length() - count.length()).trim() : text;
        }).toList();
    }

    public void openFilter(String filter) {
        await("filter \"" + filter + "\" in the filter list", d -> filterNames().contains(filter) ? true : null);
        click("filter " + filter, By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a["
                + "normalize-space(text())=" + literal(filter) + "]"));
        await("filter \"" + filter + "\" focused", d -> d.findElements(
                By.cssSelector(".task-filter.active h4.name a")).stream()
                .anyMatch(a -> a.getAttribute("textContent").trim().startsWith(filter)) ? true : null);
    }

    /** The task names in the list of the focused filter. */
    public List<String> taskNames() {
        return driver.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .map(a -> a.getAttribute("textContent").trim()).toList();
    }

    public void awaitTask(String task) {
        await("task \"" + task + "\" in the list", d -> taskNames().contains(task) ? true : null);
    }

    public void openTask(String task) {
        awaitTask(task);
        click("task " + task, By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a["
                + "normalize-space()=" + literal(task) + "]"));
        await("task \"" + task + "\" opened", d -> d.findElements(By.cssSelector("section.task-card h2.task"))
                .stream().anyMatch(h -> h.getText().trim().equals(task)) ? true : null);
        awaitForm(TASK_FORM);
    }

    public void claim() {
        click("Claim", By.cssSelector("[cam-tasklist-task-meta] button.claim"));
        find("the task claimed (Unclaim shown)", By.cssSelector("[cam-tasklist-task-meta] button.unclaim"));
    }

    /** Start process → the process → its start form, rendered. */
    public void startProcess(String processName) {
        click("Start process", By.cssSelector("li.start-process-action a"));
        click("process " + processName, By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,"
                + "'processes')]//a[normalize-space()=" + literal(processName) + "]"));
        awaitForm(START_FORM);
    }

    public void submitStartForm() {
        click("Start", By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
        await("the start dialog to close after Start", d -> d.findElements(By.cssSelector(".modal-dialog"))
                .isEmpty() ? true : null);
    }

    public void completeTask(String task) {
        click("Complete", By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,'form-actions')]"
                + "//button[normalize-space()='Complete']"));
        await("task \"" + task + "\" to leave the list after Complete",
                d -> taskNames().contains(task) ? null : true);
    }

    /** Enters a value into the open form's field as a user would; select and radio values by their label. */
    public void fill(CamundaForm form, String key, String value) {
        String id = form.elementId(key);
        String scope = formScope();
        switch (form.type(key)) {
            case "textfield", "textarea", "number" -> type(find(key, By.cssSelector(scope + " [id$='-" + id + "']")),
                    value);
            case "datetime" -> type(find(key, By.cssSelector(scope + " [id$='-" + id + "-date']")),
                    LocalDate.parse(value).format(TYPED_DATE) + Keys.TAB);
            case "select" -> {
                WebElement field = find(key, By.cssSelector(scope + " [id$='-" + id + "-display']"))
                        .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
                String label = form.optionLabel(key, value);
                click(key, field, By.cssSelector(".fjs-select-display"));
                click(key + " option " + label, field, By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')"
                        + " and normalize-space()=" + literal(label) + "]"));
            }
            case "radio" -> click(key + " " + value, By.xpath("//input[contains(@id," + literal("-" + id + "-")
                    + ")]/parent::label[normalize-space()=" + literal(form.optionLabel(key, value)) + "]"));
            default -> throw new IllegalArgumentException("cannot fill a " + form.type(key) + " field: " + key);
        }
    }

    /** What the open form shows for a select (its label) or radio field (the checked option's label). */
    public String shown(CamundaForm form, String key) {
        String id = form.elementId(key);
        return switch (form.type(key)) {
            case "select" -> find(key, By.cssSelector(formScope() + " [id$='-" + id + "-display']")).getText().trim();
            case "radio" -> driver.findElements(By.xpath("//input[contains(@id," + literal("-" + id + "-")
                    + ") and @type='radio']")).stream().filter(WebElement::isSelected)
                    .map(input -> input.findElement(By.xpath("..")).getText().trim()).findFirst().orElse("");
            default -> find(key, By.cssSelector(formScope() + " [id$='-" + id + "']")).getAttribute("value");
        };
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
            return new AssertionError(message + "\n  at " + driver.getCurrentUrl() + "\n  see " + png + "\n  and "
                    + html);
        } catch (IOException | RuntimeException e) {
            return new AssertionError(message + " (no screenshot: " + e + ")");
        }
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
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

    private String formScope() {
        return driver.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? TASK_FORM : START_FORM;
    }

    /** Waits for the form-js form inside scope; a "Form failure" or any other error alert fails at once. */
    private void awaitForm(String scope) {
        find("the form rendered (no \"Form failure\")", By.cssSelector(scope + " form.fjs-form .fjs-element"));
    }

    private WebElement find(String what, By by) {
        return await(what, d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void click(String what, By by) {
        click(what, driver, by);
    }

    /** Scrolls the element to the middle first (Tasklist's fixed footer covers the bottom) and retries if covered. */
    private void click(String what, SearchContext context, By by) {
        await("\"" + what + "\" clickable", d -> {
            WebElement element = context.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
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

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** Waits for condition; an error alert or form validation message ends the wait as a failure at once. */
    private <T> T await(String expectation, Function<WebDriver, T> condition) {
        try {
            return wait.until(d -> {
                String problem = visibleProblem();
                if (problem != null) {
                    throw failure("Expected " + expectation + ", but Tasklist shows: " + problem);
                }
                return condition.apply(d);
            });
        } catch (TimeoutException e) {
            throw failure("Expected " + expectation + " within " + TIMEOUT.toSeconds() + " s");
        }
    }

    private String visibleProblem() {
        List<String> problems = driver.findElements(By.cssSelector(".alert-danger, .fjs-form-field-error")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().trim()).filter(t -> !t.isEmpty()).toList();
        return problems.isEmpty() ? null : String.join(" | ", problems);
    }

    /** An XPath string literal for any text, including quotes. */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
