package org.carecoord.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.intake.IntakeApiITFixtures.referral;
import static org.carecoord.intake.IntakeApiITFixtures.uniqueName;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/intakes against the running application on PostgreSQL, as other systems call it. */
class IntakeApiIT extends PostgresIntegrationTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void referralOpensAPlannedCaseAndWaitsForConsentInTheTeamQueue() {
        String last = uniqueName();
        var response = api.post("/api/intakes", "coordinator", referral("Ada", last, "1948-02-11", "routine"));

        assertThat(response.status()).isEqualTo(201);
        var body = response.json();
        long caseId = body.get("caseId").asLong();
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("CC-\\d{4}-\\d{6}");
        assertThat(jdbc.queryForObject("select status from care_case where id = ?", String.class, caseId))
                .isEqualTo("planned");
        assertThat(jdbc.queryForObject("select count(*) from patient where last_name = ?", Integer.class, last))
                .isEqualTo(1);

        var episode = runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(body.get("processInstanceId").asText())
                .singleResult();
        assertThat(episode.getBusinessKey()).isEqualTo(caseNumber);
        var intake = runtimeService
                .createProcessInstanceQuery()
                .superProcessInstanceId(episode.getId())
                .singleResult();
        assertThat(intake.getBusinessKey())
                .as("called processes carry the case number")
                .isEqualTo(caseNumber);

        Task consent = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
        assertThat(consent.getTaskDefinitionKey()).isEqualTo(IntakeProcess.TASK_RECORD_CONSENT);
        assertThat(consent.getName()).isEqualTo("Record consent · " + caseNumber);
        assertThat(consent.getDueDate())
                .as("intake steps are due within a business day")
                .isNotNull();
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(consent.getId())
                        .taskCandidateGroup("coordinators")
                        .count())
                .isEqualTo(1);
        assertThat(runtimeService.getVariables(episode.getId()))
                .doesNotContainKeys(Var.names(
                                StartForm.FIRST_NAME,
                                StartForm.LAST_NAME,
                                StartForm.DATE_OF_BIRTH,
                                StartForm.EMAIL,
                                StartForm.PHONE)
                        .toArray(String[]::new));
    }

    @Test
    void urgentReferralIsDueTheSameBusinessDayWithHigherPriority() {
        var routine = api.post("/api/intakes", "coordinator", referral("Ron", uniqueName(), "1950-01-01", "routine"))
                .json();
        var urgent = api.post("/api/intakes", "coordinator", referral("Una", uniqueName(), "1950-01-01", "urgent"))
                .json();
        Task routineTask = taskOf(routine.get("caseNumber").asText());
        Task urgentTask = taskOf(urgent.get("caseNumber").asText());

        assertThat(urgentTask.getPriority()).isGreaterThan(routineTask.getPriority());
        assertThat(urgentTask.getDueDate()).isBeforeOrEqualTo(routineTask.getDueDate());
    }

    @ParameterizedTest(name = "{0} is rejected")
    @CsvSource(delimiter = '|', textBlock = """
            patient.firstName         | {"patient":{"firstName":"","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.lastName          | {"patient":{"firstName":"A","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.dateOfBirth       | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"2999-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.dateOfBirth       | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1850-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.dateOfBirth       | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"11/02/1948","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.sex               | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"f","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.email             | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","email":"not-an-address","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.phone             | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"call me","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.phone             | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.preferredLanguage | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"English!"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.guardianName      | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en","guardianName":"%s"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            program                   | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"dental","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            urgency                   | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"asap"}
            reasonForReferral         | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en"},"program":"chronic-care","referralSource":"hospital","urgency":"routine"}
            patient                   | {"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.mrn               | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en","mrn":"12 34; drop"},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            patient.shoeSize          | {"patient":{"firstName":"A","lastName":"X","dateOfBirth":"1950-01-01","sex":"female","phone":"+1 555 0100","preferredLanguage":"en","shoeSize":9},"program":"chronic-care","referralSource":"hospital","reasonForReferral":"r","urgency":"routine"}
            ''                        | {"patient": {
            """)
    void invalidReferralIsRejectedNamingTheFieldAndSavesNothing(String field, String body) {
        String request = body.replace("%s", "G".repeat(201));
        int patients = count("patient");
        int cases = count("care_case");
        long episodes = runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CareEpisodeProcess.KEY)
                .count();

        var response = api.post("/api/intakes", "coordinator", request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var fields = response.json().get("errors").findValuesAsText("field");
        assertThat(fields).contains(field == null ? "" : field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(count("patient")).isEqualTo(patients);
        assertThat(count("care_case")).isEqualTo(cases);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(CareEpisodeProcess.KEY)
                        .count())
                .isEqualTo(episodes);
    }

    @Test
    void everyInvalidFieldIsNamedInOneAnswer() {
        var response = api.post("/api/intakes", "coordinator", """
                {"patient":{"firstName":"","lastName":"","dateOfBirth":"2999-01-01","sex":"?","email":"x",
                 "preferredLanguage":"en"},"program":"?","referralSource":"","reasonForReferral":"","urgency":"?"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsText("field"))
                .contains(
                        "patient.firstName",
                        "patient.lastName",
                        "patient.dateOfBirth",
                        "patient.sex",
                        "patient.email",
                        "program",
                        "referralSource",
                        "reasonForReferral",
                        "urgency");
    }

    @Test
    void samePatientWithAnOpenEpisodeIsAConflictNamingTheOpenCase() {
        String last = uniqueName();
        var first = api.post("/api/intakes", "coordinator", referral("Bea", last, "1960-03-03", "routine"));
        int cases = count("care_case");

        var again =
                api.post("/api/intakes", "coordinator", referral("  bea ", last.toUpperCase(), "1960-03-03", "urgent"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("caseNumber").asText())
                .isEqualTo(first.json().get("caseNumber").asText());
        assertThat(count("care_case")).isEqualTo(cases);
    }

    @Test
    void theHospitalsRecordNumberFindsThePatientWhoseNameIsSpelledDifferently() {
        String last = uniqueName();
        String mrn = "MRN-" + last;
        var first = api.post(
                "/api/intakes", "coordinator", withMrn(referral("Katherine", last, "1952-04-04", "routine"), mrn));
        assertThat(first.status()).isEqualTo(201);
        int patients = count("patient");

        // the same number and birth date, the name as another clerk typed it: the same patient, whose episode is open
        var again = api.post(
                "/api/intakes", "coordinator", withMrn(referral("Kathy", last + "e", "1952-04-04", "routine"), mrn));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("caseNumber").asText())
                .isEqualTo(first.json().get("caseNumber").asText());
        assertThat(count("patient")).isEqualTo(patients);

        // the same number with another birth date is not taken as the same person
        var other = api.post(
                "/api/intakes", "coordinator", withMrn(referral("Kathy", last + "e", "1953-05-05", "routine"), mrn));
        assertThat(other.status()).isEqualTo(201);
        assertThat(count("patient")).isEqualTo(patients + 1);
    }

    private static String withMrn(String referral, String mrn) {
        return referral.replace("\"guardianName\": null", "\"guardianName\": null, \"mrn\": \"" + mrn + "\"");
    }

    @Test
    void patientWhoseEpisodesAreClosedGetsANewEpisode() {
        String last = uniqueName();
        var first = api.post("/api/intakes", "coordinator", referral("Cal", last, "1961-04-04", "routine"))
                .json();
        completeConsent(first.get("caseNumber").asText(), "declined");
        assertThat(caseStatus(first.get("caseId").asLong())).isEqualTo("cancelled");

        var second = api.post("/api/intakes", "coordinator", referral("Cal", last, "1961-04-04", "routine"));

        assertThat(second.status()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select count(distinct patient_id) from care_case where id in (?, ?)",
                        Integer.class,
                        first.get("caseId").asLong(),
                        second.json().get("caseId").asLong()))
                .isEqualTo(1);
    }

    @Test
    void twoIdenticalReferralsAtTheSameMomentOpenOneEpisode() throws Exception {
        String body = referral("Dee", uniqueName(), "1962-05-05", "routine");
        var ready = new CountDownLatch(1);
        Callable<Integer> call = () -> {
            ready.await();
            return api.post("/api/intakes", "coordinator", body).status();
        };
        var pool = Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(call);
            var b = pool.submit(call);
            ready.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void consentGivenAssignsTheLeastLoadedCoordinatorAndActivatesTheCase() {
        var referral = api.post("/api/intakes", "coordinator", referral("Eve", uniqueName(), "1963-06-06", "routine"))
                .json();
        String caseNumber = referral.get("caseNumber").asText();
        String expected = jdbc.queryForObject("""
                select u.id_ from act_id_user u join act_id_membership m on m.user_id_ = u.id_
                left join care_case c on c.coordinator_id = u.id_ and c.status in ('planned', 'active')
                left join (select coordinator_id, max(coordinator_assigned_at) as last_at from care_case
                           group by coordinator_id) l on l.coordinator_id = u.id_
                where m.group_id_ = 'coordinators'
                group by u.id_, l.last_at order by count(c.id), l.last_at nulls first, u.id_ limit 1""", String.class);

        completeConsent(caseNumber, "given");

        long caseId = referral.get("caseId").asLong();
        assertThat(caseStatus(caseId)).isEqualTo("active");
        assertThat(jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId))
                .isEqualTo(expected);
        // the assessment starts at once: every instrument waits for the new coordinator (LACE too: hospital referral)
        var assessmentTasks = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .list();
        assertThat(assessmentTasks)
                .extracting(Task::getTaskDefinitionKey)
                .containsExactlyInAnyOrder(
                        AssessmentProcess.TASK_SCREEN_MOOD, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS,
                        AssessmentProcess.TASK_ASSESS_DAILY_LIVING, AssessmentProcess.TASK_ASSESS_READMISSION_RISK);
        assertThat(assessmentTasks).extracting(Task::getAssignee).containsOnly(expected);
        assertThat(jdbc.queryForObject("select decision from consent where case_id = ?", String.class, caseId))
                .isEqualTo("given");
    }

    @Test
    void minorWithoutGuardianIsReferredElsewhereAndTheCaseIsCancelledWithItsReason() {
        String dob = LocalDate.now().minusYears(15).toString();
        var referral = api.post("/api/intakes", "coordinator", referral("Fin", uniqueName(), dob, "routine"))
                .json();
        String caseNumber = referral.get("caseNumber").asText();
        Task referElsewhere = taskOf(caseNumber);
        assertThat(referElsewhere.getTaskDefinitionKey()).isEqualTo(IntakeProcess.TASK_REFER_ELSEWHERE);

        taskService.complete(
                referElsewhere.getId(),
                java.util.Map.of(IntakeProcess.Vars.REFERRED_TO.name(), "County youth services"));

        var row = jdbc.queryForMap(
                "select status, status_reason, status_note from care_case where id = ?",
                referral.get("caseId").asLong());
        assertThat(row)
                .containsEntry("status", "cancelled")
                .containsEntry("status_reason", IntakeProcess.REASON_MINOR_WITHOUT_GUARDIAN);
        assertThat((String) row.get("status_note")).contains("County youth services");
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndSavesNothing() {
        int cases = count("care_case");

        var anonymous = api.post("/api/intakes", null, referral("Gus", uniqueName(), "1950-01-01", "routine"));
        // an unknown user: a wrong password would lock "coordinator" out for seconds (engine brute-force protection)
        var wrongPassword =
                api.post("/api/intakes", "nobody:guess", referral("Gus", uniqueName(), "1950-01-01", "routine"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(count("care_case")).isEqualTo(cases);
        assertThat(api.get("/api/cases/1", null).status()).isEqualTo(401);
        assertThat(api.get("/engine-rest/task", null).status()).isEqualTo(401);
        assertThat(api.get("/engine-rest/task", "coordinator").status()).isEqualTo(200);
    }

    @Test
    void reviewerCannotCompleteATaskNorOpenACase() {
        var referral = api.post("/api/intakes", "coordinator", referral("Hal", uniqueName(), "1950-01-01", "routine"))
                .json();
        Task consent = taskOf(referral.get("caseNumber").asText());
        int cases = count("care_case");

        var complete = api.post("/engine-rest/task/" + consent.getId() + "/complete", "reviewer", "{}");
        var intake = api.post("/api/intakes", "reviewer", referral("Ida", uniqueName(), "1950-01-01", "routine"));

        assertThat(complete.status()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(consent.getId()).count())
                .isEqualTo(1);
        assertThat(intake.status()).isEqualTo(403);
        assertThat(count("care_case")).isEqualTo(cases);
    }

    @Test
    void caseIsReadableByItsIdWithoutClinicalDetail() {
        var referral = api.post("/api/intakes", "coordinator", referral("Jo", uniqueName(), "1950-01-01", "routine"))
                .json();

        var view = api.get("/api/cases/" + referral.get("caseId").asLong(), "coordinator");

        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("caseNumber").asText())
                .isEqualTo(referral.get("caseNumber").asText());
        assertThat(view.json().get("status").asText()).isEqualTo("planned");
        assertThat(api.get("/api/cases/999999999", "coordinator").status()).isEqualTo(404);
    }

    private void completeConsent(String caseNumber, String decision) {
        Task consent = taskOf(caseNumber);
        taskService.complete(
                consent.getId(),
                java.util.Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        decision,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(managementService);
    }

    private Task taskOf(String caseNumber) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult();
    }

    private String caseStatus(long caseId) {
        return jdbc.queryForObject("select status from care_case where id = ?", String.class, caseId);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
