package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.migration.MigrationProbe;
import org.carecoord.support.Api;
import org.carecoord.support.Browser;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.Cockpit;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.support.Tasklist;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager's day in the real webapps (issue #10 §5): in Tasklist the Escalations filter holds a safety follow-up,
 * which the manager claims and completes; in Cockpit the Migrations page previews moving running cases to a new
 * model version. Screenshots go to target/screenshots/.
 */
class ManagerBrowserIT extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    private MigrationProbe probe;
    private final List<MigrationProbe> probes = new java.util.ArrayList<>();

    @BeforeEach
    void browserInstalled() {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
    }

    @AfterEach
    void removeProbe() {
        probes.forEach(MigrationProbe::remove);
    }

    @Test
    void theManagerCompletesASafetyFollowUpFromTheEscalationsFilter() throws IOException {
        String caseNumber = caseWithSafetyConcern();
        Task followUp = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(CareEpisodeProcess.TASK_SAFETY_FOLLOW_UP)
                .singleResult();
        assertThat(followUp).as("the safety follow-up of " + caseNumber).isNotNull();
        CamundaForm form = CamundaForm.load(CareEpisodeProcess.FORM_SAFETY_FOLLOW_UP);

        try (Tasklist tasklist = Tasklist.open(port, getClass().getSimpleName())) {
            tasklist.logIn("manager", "manager");
            tasklist.openFilter(TasklistFilters.ESCALATIONS);
            tasklist.searchTaskNames(caseNumber);
            tasklist.openTask(followUp.getName());
            assertThat(tasklist.formText())
                    .contains("Safety follow-up — now")
                    .contains(caseNumber)
                    .as("the episode's assessment raised it")
                    .contains("the assessment flagged")
                    .doesNotContain("during monitoring");
            tasklist.claim();
            tasklist.fill(form, CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name(), "safety-plan");
            tasklist.fill(form, CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name(), "yes");
            tasklist.screenshot(Path.of("target", "screenshots", "manager-escalations.png"));
            tasklist.completeTask(followUp.getName());
        }

        assertThat(jdbc.queryForMap(
                        "select action_taken, patient_safe, recorded_by from safety_follow_up s"
                                + " join care_case c on c.id = s.case_id where c.case_number = ?",
                        caseNumber))
                .containsEntry("action_taken", "safety-plan")
                .containsEntry("patient_safe", true)
                .containsEntry("recorded_by", "manager");
    }

    @Test
    void theManagerPreviewsAMigrationInCockpit() throws IOException {
        probe = newProbe();
        String waitingForReview = probe.start("C-MIG-0901");
        String waitingForSignOff = probe.start("C-MIG-0902");
        probe.reviewDone(taskService, waitingForSignOff);
        // version 2: the review is worded differently, the sign-off became a manager approval
        probe.deployVersion2();

        try (Cockpit cockpit = Cockpit.open(port, getClass().getSimpleName())) {
            Browser page = cockpit.browser();
            cockpit.logIn("manager", "manager");
            cockpit.openNavigation("Migrations");
            page.find("the Migrations page", By.xpath("//h2[normalize-space()='Migrate running cases']"));
            page.await(
                    "the process " + probe.key() + " offered",
                    d -> d.findElements(By.cssSelector(
                                            "#carecoord-migration-process option[value='" + probe.key() + "']"))
                                    .isEmpty()
                            ? null
                            : true);
            new Select(page.find("Process", By.id("carecoord-migration-process"))).selectByValue(probe.key());
            new Select(page.find("From", By.id("carecoord-migration-from"))).selectByValue("1");
            new Select(page.find("To", By.id("carecoord-migration-to"))).selectByValue("2");
            page.click("Dry run", By.xpath("//button[normalize-space()='Dry run']"));

            page.find("the dry run's result", By.cssSelector(".carecoord-migration-preview"));
            List<String> cells = page.visibleTexts(".carecoord-migration-preview td");
            assertThat(cells)
                    .contains(
                            "C-MIG-0901",
                            "C-MIG-0902",
                            waitingForReview,
                            waitingForSignOff,
                            "Sign off",
                            MigrationProbe.SIGN_OFF);
            assertThat(page.text())
                    .contains("Running instances (2)")
                    .contains("Activities without a counterpart in version 2 (1)")
                    .contains("Not every running case can move. Nothing has been changed.");
            assertThat(page.find("Migrate", By.xpath("//button[normalize-space()='Migrate']"))
                            .isEnabled())
                    .as("Migrate stays off while a case cannot move")
                    .isFalse();
            page.screenshot(Path.of("target", "screenshots", "manager-migration.png"));

            // the page's calls ride on the Cockpit login; without the webapp's CSRF token a change is refused
            assertThat(status(page, "POST", true)).isEqualTo(200);
            assertThat(status(page, "POST", false)).isEqualTo(403);
        }
        assertThat(probe.versionOf(waitingForReview)).isOne();
    }

    @Test
    void theManagerMigratesFromCockpitAndFollowsTheLinkToTheBatch() throws IOException {
        probe = newProbe();
        String instance = probe.start("C-MIG-0911");
        probe.deployVersion2();

        try (Cockpit cockpit = Cockpit.open(port, getClass().getSimpleName())) {
            Browser page = cockpit.browser();
            cockpit.logIn("manager", "manager");
            cockpit.openNavigation("Migrations");
            page.await(
                    "the process " + probe.key() + " offered",
                    d -> d.findElements(By.cssSelector(
                                            "#carecoord-migration-process option[value='" + probe.key() + "']"))
                                    .isEmpty()
                            ? null
                            : true);
            new Select(page.find("Process", By.id("carecoord-migration-process"))).selectByValue(probe.key());
            new Select(page.find("From", By.id("carecoord-migration-from"))).selectByValue("1");
            new Select(page.find("To", By.id("carecoord-migration-to"))).selectByValue("2");
            page.click("Dry run", By.xpath("//button[normalize-space()='Dry run']"));
            page.waitForText("1 running case(s) can move to version 2. Nothing has been changed yet.");

            // the page asks with window.confirm; the driver would dismiss a native dialog, so the test answers it
            page.script("window.confirm = question => { window.carecoordAsked = question; return true; };");
            page.click("Migrate", By.xpath("//button[normalize-space()='Migrate']"));

            var link = page.find("the batch link", By.cssSelector("a.carecoord-migration-batch"));
            assertThat(page.script("return window.carecoordAsked"))
                    .isEqualTo("Move 1 running case(s) of " + probe.key() + " from version 1 to version 2?");
            String batchId = link.getText().trim();
            assertThat(managementService.createBatchQuery().batchId(batchId).count())
                    .isOne();
            JobRunner.runDueJobs(managementService);
            assertThat(probe.versionOf(instance)).isEqualTo(2);

            page.click("the batch link", By.cssSelector("a.carecoord-migration-batch"));
            page.await(
                    "Cockpit's batch page",
                    d -> d.getCurrentUrl().contains("#/batch?details=" + batchId) ? true : null);
        }
    }

    private MigrationProbe newProbe() {
        var created = new MigrationProbe(
                        repositoryService,
                        runtimeService,
                        "migration-probe-" + UUID.randomUUID().toString().substring(0, 8))
                .deployVersion1();
        probes.add(created);
        return created;
    }

    /** The status of a dry-run request sent from the page with the Cockpit session, with or without the token. */
    private Object status(Browser page, String method, boolean withToken) {
        String body = "{\"processDefinitionKey\": \"" + probe.key() + "\", \"fromVersion\": 1, \"toVersion\": 2,"
                + " \"dryRun\": true}";
        return ((Number) ((JavascriptExecutor) page.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = decodeURIComponent((document.cookie.split('; ')
                    .find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1]);
                const headers = {'Content-Type': 'application/json'};
                if (arguments[2]) { headers['X-XSRF-TOKEN'] = token; }
                fetch('/api/admin/migrations', {method: arguments[0], headers, body: arguments[1],
                    credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));
                """, method, body, withToken))
                .intValue();
    }

    /** An episode whose mood screen answered PHQ-9 item 9 (self-harm) positively: managers get a safety follow-up. */
    private String caseWithSafetyConcern() {
        var api = new Api(port);
        var episode = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ann", IntakeApiITFixtures.uniqueName(), "1950-02-02", "routine"))
                .json();
        String caseNumber = episode.get("caseNumber").asText();
        Task consent = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
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
        String coordinator = jdbc.queryForObject(
                "select coordinator_id from care_case where case_number = ?", String.class, caseNumber);
        Task mood = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(AssessmentProcess.TASK_SCREEN_MOOD)
                .singleResult();
        TaskWork.completeAs(
                identityService,
                taskService,
                coordinator,
                mood.getId(),
                AssessmentAnswers.mood(0, 1, 0, 0, 0, 0, 0, 0, 1));
        JobRunner.runDueJobs(managementService);
        return caseNumber;
    }
}
