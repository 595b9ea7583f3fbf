package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.support.Browser;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TasklistInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The care team in the real Tasklist's Case tab: on the demo case between outreach contacts (its upcoming
 * conference's "Record the conference" task) the coordinator sees the demo team and the conference, adds a member
 * with the small form and sees them listed. Screenshot: target/screenshots/care-team.png.
 */
class CareTeamBrowserIT extends TasklistInBrowser {

    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";

    @Test
    void theCoordinatorAddsACareTeamMemberInTheCaseTabAndSeesItListed() throws IOException {
        JobRunner.runDueJobs(management); // the demo conference's invitations, then its record task
        Task record = tasks.createTaskQuery()
                .taskDefinitionKey(CaseConferenceProcess.TASK_RECORD)
                .processInstanceBusinessKey(jdbc.queryForObject(
                        "select c.case_number from care_case c join patient p on p.id = c.patient_id"
                                + " where p.first_name = 'Walter' and p.last_name = 'Brooks'",
                        String.class))
                .singleResult();
        assertThat(record).as("the demo conference's record task").isNotNull();
        tasklist.logIn(record.getAssignee(), record.getAssignee());
        tasklist.searchTaskNames(record.getName()
                .substring(record.getName().lastIndexOf('·') + 1)
                .trim());
        tasklist.openTask(record.getName());
        Browser browser = tasklist.browser();

        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText("Care team");
        browser.waitForText("Dr. Anita Shah");
        String team = browser.find("the care team", By.cssSelector(".carecoord-care-team"))
                .getText();
        assertThat(team)
                .contains("Care coordinator")
                .contains("Family caregiver")
                .contains("inactive");
        assertThat(browser.find("the conferences", By.cssSelector(".carecoord-conferences"))
                        .getText())
                .contains("scheduled");

        browser.click("Add a member", By.cssSelector("button.carecoord-add-member"));
        var form = browser.find("the member form", By.cssSelector("form.carecoord-care-team-form"));
        new Select(form.findElement(By.name("role"))).selectByVisibleText("Social worker");
        Browser.type(form.findElement(By.name("name")), "Jordan Reyes");
        Browser.type(form.findElement(By.name("organisation")), "County Social Services");
        Browser.type(form.findElement(By.name("email")), "j.reyes@county.example");
        browser.click("Add member", By.cssSelector("form.carecoord-care-team-form button[type='submit']"));

        browser.waitForText("Jordan Reyes");
        String listed = browser.find("the care team", By.cssSelector(".carecoord-care-team"))
                .getText();
        assertThat(listed).contains("Jordan Reyes").contains("Social worker").contains("County Social Services");
        assertThat(jdbc.queryForObject(
                        "select created_by from care_team_member where member_name = 'Jordan Reyes'", String.class))
                .isEqualTo(record.getAssignee());
        browser.script(
                "arguments[0].scrollIntoView({block: 'start'})",
                browser.find("the care team section", By.cssSelector(".carecoord-care-team")));
        tasklist.screenshot(Path.of("target", "screenshots", "care-team.png"));
    }
}
