package org.carecoord.support;

import static org.carecoord.support.Browser.literal;
import static org.carecoord.support.Browser.type;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The real Camunda Tasklist, driven the way a coordinator uses it. Elements are found by what the user reads
 * (filter, task and process names, option labels), by Tasklist's own markup where it has no text (the filter list,
 * the task list, the claim button), and form fields by the Camunda Form's element IDs, which form-js renders as the
 * end of each HTML id. Error alerts ("Form failure", "could not be started", ...) fail a step at once.
 */
public final class Tasklist implements AutoCloseable {

    public static final String NOT_INSTALLED = Browser.NOT_INSTALLED;

    private static final String ERROR_ALERTS = ".alert-danger";
    private static final String START_FORM = ".modal-dialog [cam-tasklist-form]";
    private static final String TASK_FORM = "section.task-card [cam-tasklist-form]";
    private static final String TASK_TITLE = "section.task-card h2.task";
    private static final String SEARCH = ".search-container";
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final Browser browser;

    private Tasklist(Browser browser) {
        this.browser = browser;
    }

    public static boolean installed() {
        return Browser.installed();
    }

    public static Tasklist open(int port, String name) throws IOException {
        return new Tasklist(Browser.open("http://localhost:" + port + "/camunda/app/tasklist/", name, ERROR_ALERTS));
    }

    public void logIn(String user, String password) {
        browser.signIn(user, password);
        browser.await(
                "the filter list after logging in as " + user,
                d -> filterNames().isEmpty() ? null : true);
    }

    /** The filters in the left column, as named (without the focused filter's task count). */
    public List<String> filterNames() {
        return browser.driver().findElements(By.cssSelector(".task-filter h4.name a")).stream()
                .map(link -> {
                    String text = link.getAttribute("textContent").trim();
                    String count = link.findElements(By.cssSelector(".counter")).stream()
                            .map(c -> c.getAttribute("textContent").trim())
                            .findFirst()
                            .orElse("");
                    return text.endsWith(count)
                            ? text.substring(0, text.length() - count.length()).trim()
                            : text;
                })
                .toList();
    }

    public void openFilter(String filter) {
        browser.await(
                "filter \"" + filter + "\" in the filter list",
                d -> filterNames().contains(filter) ? true : null);
        browser.click(
                "filter " + filter,
                By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,"
                        + "'name')]/a[normalize-space(text())=" + literal(filter) + "]"));
        browser.await(
                "filter \"" + filter + "\" focused",
                d -> d.findElements(By.cssSelector(".task-filter.active h4.name a")).stream()
                                .anyMatch(a ->
                                        a.getAttribute("textContent").trim().startsWith(filter))
                        ? true
                        : null);
    }

    /**
     * Narrows every filter's list to tasks whose name contains text (Tasklist's search "Name like ..."), as a user
     * looks up a case: a queue shows a page at a time, and other tests' tasks share it.
     */
    public void searchTaskNames(String text) {
        By removeSearch = By.cssSelector(SEARCH + " [cam-widget-search-pill] a.remove-search");
        while (!browser.driver().findElements(removeSearch).isEmpty()) {
            int before = browser.driver().findElements(removeSearch).size();
            browser.click("Remove search", removeSearch);
            browser.await(
                    "the search removed", d -> d.findElements(removeSearch).size() < before ? true : null);
        }
        browser.click("Filter Tasks", By.cssSelector(SEARCH + " input.main-field"));
        browser.click(
                "search by Name",
                By.xpath("//div[contains(@class,'search-container')]//ul[contains(@class,"
                        + "'dropdown-menu')]/li[normalize-space()='Name']"));
        type(
                browser.find(
                        "the search value", By.cssSelector(SEARCH + " [cam-widget-search-pill] .value-field input")),
                text + Keys.ENTER);
        browser.await(
                "the search \"Name like " + text + "\" applied",
                d -> d.findElements(By.cssSelector(SEARCH + " [cam-widget-search-pill] .search-label")).stream()
                                .anyMatch(label -> !label.getAttribute("class").contains("invalid")
                                        && label.getText().contains(text))
                        ? true
                        : null);
    }

    /** The task names in the list of the focused filter. */
    public List<String> taskNames() {
        return browser.driver().findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .map(a -> a.getAttribute("textContent").trim())
                .toList();
    }

    public void awaitTask(String task) {
        browser.await("task \"" + task + "\" in the list", d -> taskNames().contains(task) ? true : null);
    }

    public void openTask(String task) {
        awaitTask(task);
        browser.click(
                "task " + task,
                By.xpath("//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]" + "/a[normalize-space()="
                        + literal(task) + "]"));
        browser.await("task \"" + task + "\" opened", d -> isOpen(task) ? true : null);
        awaitForm(TASK_FORM);
    }

    public void claim() {
        browser.click("Claim", By.cssSelector("[cam-tasklist-task-meta] button.claim"));
        browser.find("the task claimed (Unclaim shown)", By.cssSelector("[cam-tasklist-task-meta] button.unclaim"));
    }

    public void completeTask(String task) {
        browser.click(
                "Complete",
                By.xpath("//section[contains(@class,'task-card')]//div[contains(@class,"
                        + "'form-actions')]//button[normalize-space()='Complete']"));
        // Tasklist closes the task only once the engine has completed it (a claimed task has left the queue already)
        browser.await("task \"" + task + "\" completed and closed", d -> isOpen(task) ? null : true);
    }

    /** Start process → the process → its start form, rendered. */
    public void startProcess(String processName) {
        browser.click("Start process", By.cssSelector("li.start-process-action a"));
        browser.click(
                "process " + processName,
                By.xpath("//div[contains(@class,'modal-dialog')]//ul[contains("
                        + "@class,'processes')]//a[normalize-space()=" + literal(processName) + "]"));
        awaitForm(START_FORM);
    }

    public void submitStartForm() {
        browser.click("Start", By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
        browser.await("the start dialog to close after Start", d -> {
            // form-js shows "Field is required." while a field is empty; after Start it means the form was refused
            List<String> formErrors = browser.visibleTexts(".fjs-form-field-error");
            if (!formErrors.isEmpty()) {
                throw failure("The start form was not accepted: " + formErrors);
            }
            return d.findElements(By.cssSelector(".modal-dialog")).isEmpty() ? true : null;
        });
    }

    /** Enters a value into the open form's field as a user would; select and radio values by their label. */
    public void fill(CamundaForm form, String key, String value) {
        String id = form.elementId(key);
        String scope = formScope();
        switch (form.type(key)) {
            case "textfield", "textarea", "number" ->
                type(browser.find(key, By.cssSelector(scope + " [id$='-" + id + "']")), value);
            // Enter, not Tab: west of UTC, Tab stores the day before (form-js reads "yyyy-MM-dd" as UTC midnight,
            // cf. bpmn-io/form-js#1223); reported with a fix for the start form
            case "datetime" ->
                type(
                        browser.find(key, By.cssSelector(scope + " [id$='-" + id + "-date']")),
                        LocalDate.parse(value).format(TYPED_DATE) + Keys.ENTER);
            case "select" -> {
                WebElement field = browser.find(key, By.cssSelector(scope + " [id$='-" + id + "-display']"))
                        .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
                String label = form.optionLabel(key, value);
                // form-js opens the list when the field gains focus; a click on an open list closes it
                if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
                    browser.click(key, field, By.cssSelector(".fjs-select-display"));
                }
                browser.click(
                        key + " option " + label,
                        field,
                        By.xpath(".//div[contains(@class," + "'fjs-dropdownlist-item') and normalize-space()="
                                + literal(label) + "]"));
            }
            case "radio" ->
                browser.click(
                        key + " " + value,
                        By.xpath("//input[contains(@id," + literal("-" + id + "-")
                                + ")]/parent::label[normalize-space()=" + literal(form.optionLabel(key, value)) + "]"));
            default -> throw new IllegalArgumentException("cannot fill a " + form.type(key) + " field: " + key);
        }
    }

    /** What the open form shows for a field: a select's label, the checked radio option's label, or the text. */
    public String shown(CamundaForm form, String key) {
        String id = form.elementId(key);
        return switch (form.type(key)) {
            case "select" ->
                browser.find(key, By.cssSelector(formScope() + " [id$='-" + id + "-display']"))
                        .getText()
                        .trim();
            case "radio" ->
                browser
                        .driver()
                        .findElements(
                                By.xpath("//input[contains(@id," + literal("-" + id + "-") + ") and @type='radio']"))
                        .stream()
                        .filter(WebElement::isSelected)
                        .map(input ->
                                input.findElement(By.xpath("..")).getText().trim())
                        .findFirst()
                        .orElse("");
            default ->
                browser.find(key, By.cssSelector(formScope() + " [id$='-" + id + "']"))
                        .getAttribute("value");
        };
    }

    /** Saves a screenshot and the page source under target/browser/ and returns an error naming them. */
    public AssertionError failure(String message) {
        return browser.failure(message);
    }

    /** The text the open task's form shows (labels, intro texts with their variables filled in). */
    public String formText() {
        return browser.find("the task form", By.cssSelector(TASK_FORM + " form.fjs-form"))
                .getText();
    }

    /** How many elements matching {@code css} the open task's form holds (e.g. "img": markup that became HTML). */
    public int formElements(String css) {
        return browser.driver()
                .findElements(By.cssSelector(TASK_FORM + " form.fjs-form " + css))
                .size();
    }

    public void screenshot(Path file) throws IOException {
        browser.screenshot(file);
    }

    /** The page underneath, for steps this class does not name (a plugin's tab, a page of CareCoord's own). */
    public Browser browser() {
        return browser;
    }

    @Override
    public void close() throws IOException {
        browser.close();
    }

    private boolean isOpen(String task) {
        return browser.driver().findElements(By.cssSelector(TASK_TITLE)).stream()
                .anyMatch(title -> title.getText().trim().equals(task));
    }

    private String formScope() {
        return browser.driver().findElements(By.cssSelector(".modal-dialog")).isEmpty() ? TASK_FORM : START_FORM;
    }

    /** The form-js form inside scope, rendered; a "Form failure" alert instead fails at once. */
    private void awaitForm(String scope) {
        browser.find("the form rendered (no \"Form failure\")", By.cssSelector(scope + " form.fjs-form .fjs-element"));
    }
}
