package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TaskWork;
import org.carecoord.support.TasklistInBrowser;
import org.carecoord.tasks.TasklistFilters;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A newcomer's first walk-in, in the real Tasklist: start form, consent from the team queue, then "My tasks".
 * First of the ITs (with junit-platform.properties ordering classes by @Order): the demo data makes coordinator the
 * least-loaded coordinator only until another IT assigns a case.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT extends TasklistInBrowser {

    private static final String COORDINATOR = "coordinator";
    private static final String SEPARATOR = " · ";
    private static final String RECORD_CONSENT = "Record consent";

    @Autowired
    ManagementService managementService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    record CaseRow(String caseNumber, String status, String coordinatorId, LocalDate dateOfBirth) {}

    /** Who gets the next case: the member of coordinators with the fewest open cases, ties least recently assigned. */
    private String leastLoadedCoordinator() {
        return jdbc.queryForObject("""
                select m.user_id_ from act_id_membership m
                left join care_case c on c.coordinator_id = m.user_id_
                where m.group_id_ = 'coordinators'
                group by m.user_id_
                order by sum(case when c.status in ('planned', 'active') then 1 else 0 end),
                         max(c.coordinator_assigned_at) nulls first, m.user_id_
                limit 1""", String.class);
    }

    @Test
    void coordinatorRegistersAWalkInRecordsConsentAndFindsTheAssessmentInMyTasks() {
        // the walk-in will go to this coordinator by the assignment rule; they register it and find it in My tasks
        String coordinator = leastLoadedCoordinator();
        tasklist.logIn(coordinator, coordinator);
        List<String> filters = tasklist.filterNames();
        verify(
                filters.containsAll(
                                List.of(TasklistFilters.MY_TASKS, TasklistFilters.TEAM_QUEUE, TasklistFilters.OVERDUE))
                        && !filters.contains(TasklistFilters.ALL_OPEN),
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
        verify(
                tasklist.shown(start, StartForm.PREFERRED_LANGUAGE.name()).equals("English")
                        && tasklist.shown(start, StartForm.URGENCY.name()).equals("Routine"),
                "the start form preselects English and Routine");
        tasklist.fill(start, StartForm.FIRST_NAME.name(), firstName);
        tasklist.fill(start, StartForm.LAST_NAME.name(), lastName);
        tasklist.fill(
                start,
                StartForm.DATE_OF_BIRTH.name(),
                dateOfBirth.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        tasklist.fill(start, StartForm.SEX.name(), "female");
        tasklist.fill(start, StartForm.PHONE.name(), "+1 555 0100 4242");
        tasklist.fill(start, StartForm.EMAIL.name(), "wanda@example.org");
        tasklist.fill(start, StartForm.ADDRESS.name(), "12 Elm Street, Springfield");
        tasklist.fill(start, StartForm.PROGRAM.name(), "chronic-care");
        tasklist.fill(start, StartForm.REFERRAL_SOURCE.name(), "primary-care");
        tasklist.fill(
                start, StartForm.REASON_FOR_REFERRAL.name(), "Walked in: diabetes, struggles with insulin at home");
        tasklist.submitStartForm();

        CaseRow registered = caseOf(firstName, lastName);
        assertThat(registered.status()).isEqualTo("planned");
        assertThat(registered.dateOfBirth())
                .as("date of birth as typed in a US browser")
                .isEqualTo(dateOfBirth);
        String patient = firstName + " " + lastName;
        String recordConsent = taskName(RECORD_CONSENT, registered.caseNumber(), patient);
        tasklist.searchTaskNames(registered.caseNumber());
        tasklist.openTask(recordConsent);
        tasklist.claim();
        var consent = CamundaForm.load(IntakeProcess.FORM_RECORD_CONSENT);
        verify(
                tasklist.shown(consent, Vars.CONSENT_GIVEN_BY.name()).equals("Patient"),
                "the consent form preselects Patient as who answered");
        tasklist.fill(consent, Vars.CONSENT_DECISION.name(), IntakeProcess.CONSENT_GIVEN);
        tasklist.fill(consent, Vars.CONSENT_METHOD.name(), "verbal");
        tasklist.completeTask(recordConsent);

        JobRunner.runDueJobs(managementService);

        CaseRow assigned = caseOf(firstName, lastName);
        assertThat(assigned.status()).isEqualTo("active");
        assertThat(assigned.coordinatorId())
                .as("the least-loaded coordinator (fewest open cases, then least recently assigned)")
                .isEqualTo(coordinator);
        // The next steps come from the model (the assessment stage may open several); each is in My tasks
        List<String> nextSteps = taskService.createTaskQuery().taskAssignee(coordinator).list().stream()
                .map(Task::getName)
                .filter(name -> name.endsWith(SEPARATOR + registered.caseNumber()))
                .toList();
        assertThat(nextSteps)
                .as("the coordinator's tasks of the new case")
                .isNotEmpty()
                .noneMatch(name -> name.contains(lastName));
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        nextSteps.forEach(tasklist::awaitTask);
    }

    /**
     * The safety alert a user would notice: PHQ-9 item 9 answered "Several days" in the real Tasklist raises a
     * "Safety follow-up" for the managers at once. Its own referral, so it needs no other test's case; it runs after
     * the walk-in test (a method without @Order has Order.DEFAULT), whose case must be the first one assigned.
     */
    @Test
    @Order(Order.DEFAULT + 1)
    void coordinatorAnswersPhq9Item9SeveralDaysInTheMoodScreenAndTheManagersGetASafetyFollowUp() {
        String firstName = "Mona";
        String lastName = IntakeApiITFixtures.uniqueName();
        var referral = new Api(port)
                .post(
                        "/api/intakes",
                        COORDINATOR,
                        IntakeApiITFixtures.referral(firstName, lastName, "1961-09-12", "routine"));
        assertThat(referral.status())
                .as("POST /api/intakes: " + referral.body())
                .isEqualTo(201);
        String caseNumber = referral.json().get("caseNumber").asText();
        String patient = firstName + " " + lastName;
        completeAs(
                COORDINATOR,
                engineTask(caseNumber, IntakeProcess.TASK_RECORD_CONSENT),
                Map.of(
                        Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(managementService);
        Task moodTask = engineTask(caseNumber, AssessmentProcess.TASK_SCREEN_MOOD);
        assertThat(moodTask)
                .as("the mood screen of " + caseNumber + " after consent")
                .isNotNull();
        String coordinator = moodTask.getAssignee();
        assertThat(moodTask.getName()).isEqualTo(taskName("Screen mood (PHQ-9, GAD-7)", caseNumber, patient));

        tasklist.logIn(coordinator, coordinator);
        tasklist.openFilter(TasklistFilters.MY_TASKS);
        tasklist.searchTaskNames(caseNumber);
        tasklist.openTask(moodTask.getName());
        var mood = CamundaForm.load(AssessmentProcess.FORM_SCREEN_MOOD);
        List<String> phq9 = List.of("1", "1", "0", "1", "0", "0", "0", "0", "1");
        for (int item = 0; item < phq9.size(); item++) {
            tasklist.fill(mood, Fields.PHQ9_ITEMS.get(item).name(), phq9.get(item));
        }
        Fields.GAD7_ITEMS.forEach(item -> tasklist.fill(mood, item.name(), "0"));
        String item9 = Fields.PHQ9_ITEMS.get(8).name();
        verify(
                tasklist.shown(mood, item9).equals("Several days (1)"),
                "PHQ-9 item 9 answered \"Several days (1)\"; shows \"" + tasklist.shown(mood, item9) + "\"");
        tasklist.completeTask(moodTask.getName());

        JobRunner.runDueJobs(managementService);
        String safetyFollowUp = taskName("Safety follow-up", caseNumber, patient);
        List<Task> forManagers = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskCandidateGroup(Groups.MANAGERS)
                .list();
        assertThat(forManagers)
                .as("the managers' open tasks of " + caseNumber)
                .extracting(Task::getName)
                .containsExactly(safetyFollowUp);
        Task alert = forManagers.get(0);
        assertThat(alert.getTaskDefinitionKey()).isEqualTo(CareEpisodeProcess.TASK_SAFETY_FOLLOW_UP);
        assertThat(alert.getAssignee()).as("waiting for a manager to take it").isNull();
        assertThat(engineTask(caseNumber, AssessmentProcess.TASK_SCREEN_MOOD))
                .as("the mood screen, done")
                .isNull();
    }

    private void verify(boolean condition, String expectation) {
        if (!condition) {
            throw tasklist.failure("Expected " + expectation);
        }
    }

    private Task engineTask(String caseNumber, String activityId) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(activityId)
                .singleResult();
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identityService, taskService, user, task.getId(), variables);
    }

    private CaseRow caseOf(String firstName, String lastName) {
        return jdbc.queryForObject(
                """
                select c.case_number, c.status, c.coordinator_id, p.date_of_birth
                from care_case c join patient p on p.id = c.patient_id
                where p.first_name = ? and p.last_name = ?""",
                (rs, row) -> new CaseRow(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)),
                firstName,
                lastName);
    }

    private static String taskName(String task, String caseNumber, String patient) {
        return task + SEPARATOR + caseNumber; // never the patient's name: it would stay in the engine's tables
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
