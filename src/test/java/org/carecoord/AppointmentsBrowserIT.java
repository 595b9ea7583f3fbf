package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Browser;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.TasklistInBrowser;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The Case tab's Appointments in the real Tasklist: a coordinator books one (a refusal names the field first),
 * confirms it, and the record has it.
 */
class AppointmentsBrowserIT extends TasklistInBrowser {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";
    private static final String PROVIDER = "Eastside Family Practice";

    @Autowired
    ApplicationContext context;

    @Autowired
    TaskService taskService;

    @Autowired
    BusinessCalendarProperties calendar;

    @Test
    void aCoordinatorBooksAndConfirmsAnAppointmentInTheCaseTab() throws IOException {
        var planned = CaseWithPlan.create(port, context, "Bea");
        String task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(planned.caseNumber())
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult()
                .getName();
        tasklist.logIn(planned.coordinator(), planned.coordinator());
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        tasklist.searchTaskNames(planned.caseNumber());
        tasklist.openTask(task);
        Browser browser = tasklist.browser();
        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText("Book an appointment");
        browser.waitForText("No appointments recorded.");

        String start = LocalDate.now(calendar.zone()).plusDays(6) + "T10:30";
        WebElement startField = browser.find("the date and time", By.id("carecoord-appointment-start"));
        // a datetime-local field types in the browser's locale: its value is set as the form would hold it
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                startField,
                start);
        browser.click("Book appointment", By.xpath("//button[normalize-space()='Book appointment']"));
        browser.waitForText("provider:");
        assertThat(count(planned.caseId()))
                .as("nothing stored without a provider")
                .isZero();

        Browser.type(browser.find("With", By.id("carecoord-appointment-provider")), PROVIDER);
        Browser.type(browser.find("Where", By.id("carecoord-appointment-location")), "400 Oak Ave");
        browser.click("Book appointment", By.xpath("//button[normalize-space()='Book appointment']"));
        browser.await(
                "the booked appointment",
                d -> d.findElements(By.cssSelector(".carecoord-appointments table")).stream()
                                .anyMatch(table -> table.getText().contains(PROVIDER))
                        ? true
                        : null);
        assertThat(count(planned.caseId())).isOne();
        assertThat(browser.find("the appointments", By.cssSelector(".carecoord-appointments table"))
                        .getText())
                .as("the time as booked, in the care team's zone")
                .contains("10:30");

        browser.click("Confirm", By.xpath("//div[contains(@class,'carecoord-appointments')]//button[.='Confirm']"));
        browser.await(
                "the confirmed appointment",
                d -> d.findElements(By.cssSelector(".carecoord-appointments table")).stream()
                                .anyMatch(table -> table.getText().contains("confirmed"))
                        ? true
                        : null);
        assertThat(jdbc.queryForObject(
                        "select status from appointment where case_id = ?", String.class, planned.caseId()))
                .isEqualTo("confirmed");
        browser.script("document.querySelector('.carecoord-appointments').scrollIntoView();");
        tasklist.screenshot(SCREENSHOTS.resolve("case-tab-appointments.png"));
    }

    private int count(long caseId) {
        return jdbc.queryForObject("select count(*) from appointment where case_id = ?", Integer.class, caseId);
    }
}
