package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.benefits.BenefitsProcess;
import org.carecoord.support.Browser;
import org.carecoord.support.TasklistInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Insurance in the real Tasklist, on the demo case between outreach contacts: the renewal task's form names the
 * coverage that ends, and the Case tab shows the coverages and the open claim problem, refuses a coverage in words,
 * changes one (Edit), and reports a new problem, whose first task then goes to the coordinator. Screenshots go to target/screenshots/.
 */
class BenefitsBrowserIT extends TasklistInBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";

    @Test
    void theCoordinatorSeesCoveragesAndClaimProblemsInTheCaseTabAndReportsAProblem() throws IOException {
        Task renewal = tasks.createTaskQuery()
                .taskDefinitionKey(BenefitsProcess.TASK_RENEW_COVERAGE)
                .taskNameLike("% · " + demoCaseNumber())
                .singleResult();
        assertThat(renewal).as("the demo's renewal task").isNotNull();
        tasklist.logIn(renewal.getAssignee(), renewal.getAssignee());
        tasklist.searchTaskNames(demoCaseNumber());
        tasklist.openTask(renewal.getName());
        assertThat(tasklist.formText())
                .contains("Help the patient renew coverage")
                .contains("State Medicaid")
                .contains("Renewal application submitted")
                .doesNotContain("{{");
        tasklist.screenshot(SCREENSHOTS.resolve("benefits-renewal-task.png"));

        Browser browser = tasklist.browser();
        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText("Insurance and claims");
        browser.waitForText("Springfield Senior Health");
        String section = browser.find("the insurance section", By.cssSelector(".carecoord-benefits"))
                .getText();
        assertThat(section)
                .contains("primary", "secondary", "State Medicaid", "MCD-88120417", "ends in")
                .contains("Claim denied", "Act on it")
                .doesNotContain("T00:00");

        // Add coverage: without its member id it is refused naming the field; the demo patient has an active primary
        // and secondary already, so with it the refusal names the order; neither stores anything
        String payer = "Lakeside Dental " + System.nanoTime();
        Browser.type(browser.find("the payer", By.id("carecoord-coverage-payor")), payer);
        browser.script("document.getElementById('carecoord-coverage-periodStart').value = '2026-01-01';"
                + "document.getElementById('carecoord-coverage-order').value = '2';");
        browser.click("Add coverage", By.id("carecoord-add-coverage"));
        browser.waitForText("1 field is invalid: subscriberId");
        Browser.type(browser.find("the member id", By.id("carecoord-coverage-subscriberId")), "LD-5521");
        browser.click("Add coverage", By.id("carecoord-add-coverage"));
        browser.waitForText("already has an active coverage in this order");
        assertThat(jdbc.queryForObject("select count(*) from coverage where payor = ?", Integer.class, payer))
                .as("a refused coverage stores nothing")
                .isZero();

        // Edit a coverage: the form comes filled in; a blank member id is refused naming the field and changes
        // nothing; a new group number is saved and shown
        browser.click(
                "Edit on the primary coverage",
                By.xpath("//div[contains(@class,'carecoord-benefits')]//tr[td[normalize-space()="
                        + "'Springfield Senior Health']]//button[contains(@class,'carecoord-edit-coverage')]"));
        WebElement edit = browser.find("the coverage's form", By.cssSelector("form.carecoord-coverage-edit"));
        assertThat(edit.findElement(By.name("subscriberId")).getAttribute("value"))
                .isEqualTo("SSH-4471-0932");
        assertThat(new Select(edit.findElement(By.name("status")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("active");
        edit.findElement(By.name("subscriberId")).clear();
        browser.click("Save changes", By.id("carecoord-save-coverage"));
        browser.waitForText("1 field is invalid: subscriberId");
        assertThat(primaryCoverage()).isEqualTo("SSH-4471-0932 MA-22 active");
        Browser.type(edit.findElement(By.name("subscriberId")), "SSH-4471-0932");
        Browser.type(edit.findElement(By.name("group")), "MA-23");
        browser.click("Save changes", By.id("carecoord-save-coverage"));
        browser.find(
                "the changed group in the table",
                By.xpath("//div[contains(@class,'carecoord-benefits')]//td[normalize-space()='MA-23']"));
        assertThat(primaryCoverage()).isEqualTo("SSH-4471-0932 MA-23 active");

        new Select(browser.find("the problem kinds", By.id("carecoord-benefit-kind")))
                .selectByVisibleText("Prior authorization needed");
        String note = "Home oxygen needs approval " + System.nanoTime();
        Browser.type(browser.find("the note", By.id("carecoord-benefit-note")), note);
        browser.click("Report a problem", By.id("carecoord-report-benefit-problem"));
        // a row of the open problems (the select offers the same words), drawn after the tab reloaded
        browser.find(
                "the new problem's row",
                By.xpath(
                        "//div[contains(@class,'carecoord-benefits')]//td[normalize-space()='Prior authorization needed']"));
        tallScreenshot(SCREENSHOTS.resolve("benefits-case-tab.png"));

        long problemId = jdbc.queryForObject(
                "select id from benefit_problem where kind = 'prior-authorization' and summary = ?", Long.class, note);
        String instance = jdbc.queryForObject(
                "select process_instance_id from benefit_problem where id = ?", String.class, problemId);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey(BenefitsProcess.TASK_RECORD_PROBLEM)
                        .singleResult()
                        .getAssignee())
                .as("the first task goes to the case's coordinator")
                .isEqualTo(renewal.getAssignee());
    }

    private String primaryCoverage() {
        return jdbc.queryForObject(
                "select subscriber_id || ' ' || group_number || ' ' || status from coverage where payor = ?",
                String.class,
                "Springfield Senior Health");
    }

    private String demoCaseNumber() {
        return jdbc.queryForObject("""
                select c.case_number from care_case c join patient p on p.id = c.patient_id
                where p.first_name = 'Walter' and p.last_name = 'Brooks' and c.status = 'active'""", String.class);
    }

    /** The whole Case tab in one picture: a taller window for the shot, then the usual size again. */
    private void tallScreenshot(Path file) throws IOException {
        var window = tasklist.browser().driver().manage().window();
        var size = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), 3200));
        try {
            tasklist.screenshot(file);
        } finally {
            window.setSize(size);
        }
    }
}
