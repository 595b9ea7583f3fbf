package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.Tasklist;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newcomer's first walk-in, in the real Tasklist: start form, consent from the team queue, then "My tasks".
 * First of the ITs (with junit-platform.properties ordering classes by @Order): the demo data makes coordinator the
 * least-loaded coordinator only until another IT assigns a case.
 */
@Order(1)
class TasklistBrowserIT extends PostgresIntegrationTest {

    private static final String COORDINATOR = "coordinator";
    private static final String SEPARATOR = " · ";
    private static final String RECORD_CONSENT = "Record consent";

    @LocalServerPort
    int port;

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    private Tasklist tasklist;

    record CaseRow(String caseNumber, String status, String coordinatorId, LocalDate dateOfBirth) {
    }

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Tasklist.installed(), Tasklist.NOT_INSTALLED);
        tasklist = Tasklist.open(port, getClass().getSimpleName());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (tasklist != null) {
            tasklist.close();
        }
    }

    @Test
    void coordinatorRegistersAWalkInRecordsConsentAndFindsTheAssessmentInMyTasks() {
        tasklist.logIn(COORDINATOR, COORDINATOR);
        List<String> filters = tasklist.filterNames();
        verify(filters.containsAll(List.of(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE,
                TasklistFilters.OVERDUE)) && !filters.contains(TasklistFilters.ALL_OPEN),
                "a coordinator sees My tasks, Team queue and Overdue but not All open; sees " + filters);
        tasklist.openFilter(TasklistFilters.TEAM_QUEUE);
        String demoCase = caseOf("Ada", "Moss").caseNumber();
        tasklist.searchTaskNames(demoCase);
        tasklist.awaitTask(taskName(RECORD_CONSENT, demoCase, "Ada Moss"));

        String firstName = "Wanda";
        String lastName = "Walk" + letters(System.nanoTime());
        LocalDate dateOfBirth = LocalDate.of(1957, 5, 21);
        tasklist.startProcess("Care episode");
        var start = CamundaForm.load(CareEpisodeProcess.START_FORM);
        verify(tasklist.shown(start, StartForm.PREFERRED_LANGUAGE).equals("English")
                && tasklist.shown(start, StartForm.URGENCY).equals("Routine"),
                "the start form preselects English and Routine");
        tasklist.fill(start, StartForm.FIRST_NAME, firstName);
        tasklist.fill(start, StartForm.LAST_NAME, lastName);
        tasklist.fill(start, StartForm.DATE_OF_BIRTH,
                dateOfBirth.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        tasklist.fill(start, StartForm.SEX, "female");
        tasklist.fill(start, StartForm.PHONE, "+1 555 0100 4242");
        tasklist.fill(start, StartForm.EMAIL, "wanda@example.org");
        tasklist.fill(start, StartForm.ADDRESS, "12 Elm Street, Springfield");
        tasklist.fill(start, StartForm.PROGRAM, "chronic-care");
        tasklist.fill(start, StartForm.REFERRAL_SOURCE, "primary-care");
        tasklist.fill(start, StartForm.REASON_FOR_REFERRAL, "Walked in: diabetes, struggles with insulin at home");
        tasklist.submitStartForm();

        CaseRow registered = caseOf(firstName, lastName);
        assertThat(registered.status()).isEqualTo("planned");
        assertThat(registered.dateOfBirth()).as("date of birth as typed in a US browser").isEqualTo(dateOfBirth);
        String patient = firstName + " " + lastName;
        String recordConsent = taskName(RECORD_CONSENT, registered.caseNumber(), patient);
        tasklist.searchTaskNames(registered.caseNumber());
        tasklist.openTask(recordConsent);
        tasklist.claim();
        var consent = CamundaForm.load(IntakeProcess.FORM_RECORD_CONSENT);
        verify(tasklist.shown(consent, Vars.CONSENT_GIVEN_BY).equals("Patient"),
                "the consent form preselects Patient as who answered");
        tasklist.fill(consent, Vars.CONSENT_DECISION, IntakeProcess.CONSENT_GIVEN);
        tasklist.fill(consent, Vars.CONSENT_METHOD, "verbal");
        tasklist.completeTask(recordConsent);

        JobRunner.runDueJobs(managementService);

        CaseRow assigned = caseOf(firstName, lastName);
        assertThat(assigned.status()).isEqualTo("active");
        assertThat(assigned.coordinatorId()).as("the least-loaded coordinator after the demo data")
                .isEqualTo(COORDINATOR);
        // The next steps come from the model (the assessment stage may open several); each is in My tasks
        List<String> nextSteps = taskService.createTaskQuery().taskAssignee(COORDINATOR).list().stream()
                .map(Task::getName).filter(name -> name.contains(SEPARATOR + registered.caseNumber() + SEPARATOR))
                .toList();
        assertThat(nextSteps).as("the coordinator's tasks of the new case").isNotEmpty()
                .allMatch(name -> name.endsWith(SEPARATOR + patient));
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        nextSteps.forEach(tasklist::awaitTask);
    }

    private void verify(boolean condition, String expectation) {
        if (!condition) {
            throw tasklist.failure("Expected " + expectation);
        }
    }

    private CaseRow caseOf(String firstName, String lastName) {
        return jdbc.queryForObject("""
                select c.case_number, c.status, c.coordinator_id, p.date_of_birth
                from care_case c join patient p on p.id = c.patient_id
                where p.first_name = ? and p.last_name = ?""",
                (rs, row) -> new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)),
                firstName, lastName);
    }

    private static String taskName(String task, String caseNumber, String patient) {
        return task + SEPARATOR + caseNumber + SEPARATOR + patient;
    }

    /** A unique surname suffix: the number in base 26 as lower-case letters (a name holds no digits). */
    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (long n = Math.abs(number); n > 0; n /= 26) {
            text.append((char) ('a' + n % 26));
        }
        return text.toString();
    }
}
