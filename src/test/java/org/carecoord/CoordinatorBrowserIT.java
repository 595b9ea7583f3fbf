package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.TasklistInBrowser;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator's day in the real Tasklist: My tasks, a team-queue task claimed, the Case tab beside it (patient,
 * plan, referrals), My caseload, priorities in words, no link into Cockpit, and the case number a walk-in created.
 */
class CoordinatorBrowserIT extends TasklistInBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskService taskService;

    @Test
    void coordinatorClaimsATeamTaskReadsTheCaseBesideItAndOpensTheirCaseload() throws IOException {
        var planned = CaseWithPlan.create(port, context, "Ivy");
        // the referral's provider choice goes back to the team queue (a manager's reassignment)
        Task selectProvider = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(planned.caseNumber())
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult();
        taskService.setAssignee(selectProvider.getId(), null);
        String task = taskService
                .createTaskQuery()
                .taskId(selectProvider.getId())
                .singleResult()
                .getName();

        assertThat(tasklist.browser().driver().findElements(By.cssSelector("a.carecoord-caseload-action")))
                .as("the login page has no header actions")
                .isEmpty();
        tasklist.logIn(planned.coordinator(), planned.coordinator());
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        tasklist.openFilter(TasklistFilters.TEAM_QUEUE);
        tasklist.searchTaskNames(planned.caseNumber());
        tasklist.openTask(task);

        var browser = tasklist.browser();
        WebElement priority = browser.find(
                "the task card's priority",
                By.xpath("//ol[contains(@class,'tasks-list')]"
                        + "//li[contains(@class,'task')][.//h4//a[normalize-space()=" + literal(task) + "]]"
                        + "//div[contains(@class,'priority')]"));
        String word = browser.await("the priority as a word", d -> priority.getAttribute("data-carecoord-priority"));
        assertThat(word).isEqualTo("routine");
        assertThat(browser.script("return getComputedStyle(arguments[0], '::after').content;", priority))
                .isEqualTo("\"routine\"");
        assertThat(browser.script("return getComputedStyle(arguments[0]).fontSize;", priority))
                .as("the number (50) is not drawn, the word is")
                .isEqualTo("0px");
        assertThat(browser.driver().findElements(By.cssSelector("a.instance-link")))
                .as("the link beside the stage name opens Cockpit, which coordinators may not use")
                .noneMatch(WebElement::isDisplayed);
        tasklist.claim();

        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText(planned.patientName());
        browser.waitForText(CaseWithPlan.GOAL);
        browser.waitForText(CaseWithPlan.INTERVENTION);
        browser.waitForText(CaseWithPlan.CONTACT_NOTE);
        String caseTab = browser.find("the Case tab's content", By.cssSelector(".carecoord-case"))
                .getText();
        assertThat(caseTab)
                .contains(
                        "Case " + planned.caseNumber(),
                        "Referrals",
                        "requested",
                        "Care plan (version 1, active)",
                        "Risk tier: medium",
                        "Due next",
                        "Timeline");
        assertThat(caseTab).as("dates in the browser's locale, not ISO").doesNotContain("T00:00:00");
        tallScreenshot(SCREENSHOTS.resolve("coordinator-case-tab.png"));

        browser.click("My caseload", By.cssSelector("a.carecoord-caseload-action"));
        WebElement caseload = browser.find("the caseload panel", By.cssSelector(".carecoord-caseload-panel table"));
        browser.await(
                "the new case in the caseload", d -> caseload.getText().contains(planned.caseNumber()) ? true : null);
        assertThat(caseload.getText()).contains(planned.patientName(), "medium", "Monitoring");
        tasklist.screenshot(SCREENSHOTS.resolve("coordinator-caseload.png"));
    }

    @Test
    void aManagerKeepsTheLinkFromTheStageNameIntoCockpit() {
        tasklist.logIn("manager", "manager");
        tasklist.openFilter(TasklistFilters.ALL_OPEN);
        String first = tasklist.browser()
                .await(
                        "a task in All open",
                        d -> tasklist.taskNames().stream().findFirst().orElse(null));
        tasklist.openTask(first);
        WebElement link = tasklist.browser().find("the link beside the stage name", By.cssSelector("a.instance-link"));
        assertThat(link.getAttribute("href")).contains("/camunda/app/cockpit/");
    }

    @Test
    void aWalkInStartTellsTheCaseNumberItCreated() {
        tasklist.logIn("coordinator2", "coordinator2");
        tasklist.startProcess("Care episode");
        var start = CamundaForm.load(CareEpisodeProcess.START_FORM);
        String lastName = IntakeApiITFixtures.uniqueName();
        tasklist.fill(start, StartForm.FIRST_NAME.name(), "Wren");
        tasklist.fill(start, StartForm.LAST_NAME.name(), lastName);
        tasklist.fill(
                start,
                StartForm.DATE_OF_BIRTH.name(),
                LocalDate.of(1961, 3, 4).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        tasklist.fill(start, StartForm.SEX.name(), "female");
        tasklist.fill(start, StartForm.PHONE.name(), "+1 555 0100 6161");
        tasklist.fill(start, StartForm.PROGRAM.name(), "chronic-care");
        tasklist.fill(start, StartForm.REFERRAL_SOURCE.name(), "primary-care");
        tasklist.fill(start, StartForm.REASON_FOR_REFERRAL.name(), "Walked in: asks for help with diabetes care");
        tasklist.submitStartForm();

        String caseNumber = jdbc.queryForObject("""
                select c.case_number from care_case c join patient p on p.id = c.patient_id
                where p.last_name = ?""", String.class, lastName);
        WebElement created =
                tasklist.browser().find("the case created message", By.cssSelector(".carecoord-case-created"));
        assertThat(created.getText()).contains("Case " + caseNumber + " created");
    }

    /** The whole Case tab in one picture: a taller window for the shot, then the usual size again. */
    private void tallScreenshot(Path file) throws IOException {
        var window = tasklist.browser().driver().manage().window();
        var size = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), 2600));
        try {
            tasklist.screenshot(file);
        } finally {
            window.setSize(size);
        }
    }

    private static String literal(String text) {
        return org.carecoord.support.Browser.literal(text);
    }
}
