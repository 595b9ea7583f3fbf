package org.carecoord.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.Browser;
import org.carecoord.support.TasklistInBrowser;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admission and a discharge from the hospital's ADT feed in the real Tasklist: the coordinator's new
 * "Transitional care contact" task opens the Case tab, whose "Hospital feed" section lists both messages.
 * Screenshot: target/screenshots/hl7-feed.png.
 */
class AdtFeedBrowserIT extends TasklistInBrowser {

    private static final String CASE_TAB = "//section[contains(@class,'task-card')]//ul[contains(@class,'nav-tabs')]"
            + "//a[normalize-space()='Case']";

    @Autowired
    MllpListener listener;

    @Autowired
    BusinessCalendar calendar;

    @Test
    void theDischargesContactTaskShowsTheHospitalFeedInTheCaseTab() throws Exception {
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        String lastName = IntakeApiITFixtures.uniqueName();
        String mrn = "MRN" + unique;
        var open = AdtSender.openCase(new Api(port), tasks, management, jdbc, lastName, mrn);
        var sender = new AdtSender(listener.port());
        LocalDate discharged = calendar.today().minusDays(1);
        assertThat(sender.send(AdtSender.a01(
                                "A01-" + unique,
                                mrn + "^^^SGH^MR",
                                lastName + "^Hal",
                                "19490506",
                                discharged.minusDays(3)))
                        .code())
                .isEqualTo("AA");
        assertThat(sender.send(AdtSender.a03(
                                "A03-" + unique,
                                mrn + "^^^SGH^MR",
                                lastName + "^Hal",
                                "19490506",
                                discharged.minusDays(3),
                                discharged,
                                "01"))
                        .code())
                .isEqualTo("AA");
        Task contact = tasks.createTaskQuery()
                .processInstanceBusinessKey(open.caseNumber())
                .taskDefinitionKey(TransitionalCareProcess.TASK_CONTACT)
                .singleResult();

        tasklist.logIn(open.coordinator(), open.coordinator());
        tasklist.searchTaskNames(open.caseNumber());
        tasklist.openTask(contact.getName());
        Browser browser = tasklist.browser();
        browser.click("the Case tab", By.xpath(CASE_TAB));
        browser.waitForText("Hospital feed (HL7 ADT)");

        var feed = browser.find("the hospital feed", By.cssSelector(".carecoord-adt-events"));
        assertThat(feed.getText())
                .contains("discharged ADT^A03")
                .contains("admitted ADT^A01")
                .contains("Springfield General Hospital");
        browser.script("arguments[0].scrollIntoView({block: 'start'})", feed);
        tasklist.screenshot(Path.of("target", "screenshots", "hl7-feed.png"));
    }
}
