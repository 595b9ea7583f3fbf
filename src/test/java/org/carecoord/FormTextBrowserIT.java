package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.Tasklist;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #9 §7 in the real Tasklist: a facility named like markup is shown in the transitional-care form as the
 * characters entered, and no element of it reaches the page. Screenshot: target/browser/form-text-markup.png.
 */
class FormTextBrowserIT extends PostgresIntegrationTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)> **General**";

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    private Tasklist tasklist;

    @AfterEach
    void closeBrowser() throws IOException {
        if (tasklist != null) {
            tasklist.close();
        }
    }

    @Test
    void aFacilityNamedLikeMarkupIsTextInTheTransitionalCareForm() throws IOException {
        assumeTrue(Tasklist.installed(), Tasklist.NOT_INSTALLED);
        Api api = new Api(port);
        String lastName = IntakeApiITFixtures.uniqueName();
        var referral = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ray", lastName, "1948-02-14", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        String caseNumber = referral.get("caseNumber").asText();
        Task consent = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        taskService.complete(
                consent.getId(),
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(managementService);
        LocalDate today = LocalDate.now();
        assertThat(api.post(
                                "/api/cases/" + referral.get("caseId").asLong() + "/events/hospital-discharge",
                                "manager",
                                """
                        {"facility": "%s", "admittedOn": "%s", "dischargedOn": "%s", "disposition": "home"}""".formatted(MARKUP.replace("\"", "\\\""), today.minusDays(2), today.minusDays(1)))
                        .status())
                .isEqualTo(202);
        Task contact = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TransitionalCareProcess.TASK_CONTACT)
                .singleResult();

        tasklist = Tasklist.open(port, getClass().getSimpleName());
        tasklist.logIn(contact.getAssignee(), contact.getAssignee());
        tasklist.searchTaskNames(caseNumber);
        tasklist.openTask(contact.getName());
        tasklist.screenshot(Path.of("target", "browser", "form-text-markup.png"));

        assertThat(tasklist.formText()).contains("left " + MARKUP + " on");
        assertThat(tasklist.formElements("img"))
                .as("an <img> element in the form")
                .isZero();
    }
}
