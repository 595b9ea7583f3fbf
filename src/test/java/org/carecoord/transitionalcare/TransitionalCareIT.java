package org.carecoord.transitionalcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.transitionalcare.TransitionalCareProcess.Fields;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hospital discharge reported through the API starts the stay's transitional-care process from the case's
 * episode, on PostgreSQL.
 */
class TransitionalCareIT extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    BusinessCalendar calendar;

    private Api api;
    private long caseId;
    private String caseNumber;
    private String coordinator;

    @BeforeEach
    void openCase() {
        api = new Api(port);
        var referral = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ray", IntakeApiITFixtures.uniqueName(), "1948-02-14", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        caseId = referral.get("caseId").asLong();
        caseNumber = referral.get("caseNumber").asText();
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
        coordinator = jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
    }

    @Test
    void reportedDischargeGivesTheCoordinatorTransitionalCareWithItsDeadlinesAndLaceAlone() {
        LocalDate dischargedOn = calendar.today().minusDays(1);
        var response =
                api.post(discharge(caseId), coordinator, report(dischargedOn.minusDays(4), dischargedOn, "home"));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("contactDueAt").asText()).isNotBlank();
        Date contactDue = calendar.dueInBusinessDaysAfter(dischargedOn, 2);
        Task contact = task(TransitionalCareProcess.TASK_CONTACT);
        assertThat(contact.getAssignee()).isEqualTo(coordinator);
        assertThat(contact.getDueDate()).isEqualTo(contactDue);
        assertThat(contact.getName()).contains(caseNumber);
        assertThat(task(TransitionalCareProcess.TASK_FACE_TO_FACE).getDueDate())
                .as("not high risk: 14 days")
                .isEqualTo(Date.from(
                        calendar.endOfBusinessDay(dischargedOn.plusDays(14)).toInstant()));
        assertThat(task(TransitionalCareProcess.TASK_MEDICATION_RECONCILIATION)).isNotNull();

        // the LACE re-assessment asks for LACE only, with the stay's length prefilled
        Task lace = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(AssessmentProcess.TASK_ASSESS_READMISSION_RISK)
                .singleResult();
        assertThat(Vars.LENGTH_OF_STAY_DAYS.from(taskService.getVariables(lace.getId())))
                .isEqualTo(4);
        String laceAssessment = lace.getProcessInstanceId();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceId(laceAssessment)
                        .count())
                .isEqualTo(1);

        var stays =
                api.get("/api/cases/" + caseId + "/hospital-stays", coordinator).json();
        assertThat(stays).hasSize(1);
        assertThat(stays.get(0).get("facility").asText()).isEqualTo("Springfield General Hospital");
        assertThat(stays.get(0).has("contactOutcome")).as("not met yet").isFalse();
        assertThat(stays.get(0).get("contactAttempts").asInt()).isZero();
    }

    @Test
    void twoDocumentedAttemptsAndAVisitInTheWindowAreRecordedOnTheStay() {
        LocalDate dischargedOn = calendar.today().minusDays(2);
        api.post(discharge(caseId), "manager", report(dischargedOn.minusDays(3), dischargedOn, "home-health"));

        complete(
                TransitionalCareProcess.TASK_CONTACT,
                Map.of(Fields.REACHED.name(), "no", Fields.CHANNEL.name(), "phone"));
        complete(
                TransitionalCareProcess.TASK_CONTACT,
                Map.of(Fields.REACHED.name(), "no", Fields.CHANNEL.name(), "text"));
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(TransitionalCareProcess.TASK_CONTACT)
                        .count())
                .isZero();

        Task visit = task(TransitionalCareProcess.TASK_FACE_TO_FACE);
        String tomorrow = calendar.today().plusDays(1).toString();
        assertThatThrownBy(() -> asCoordinator(() -> taskService.complete(
                        visit.getId(),
                        Map.of(Fields.VISIT_DATE.name(), tomorrow, Fields.VISIT_CLINICIAN.name(), "Dr. Rivera"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("visit date");
        assertThat(task(TransitionalCareProcess.TASK_FACE_TO_FACE))
                .as("the form stays open")
                .isNotNull();
        complete(
                TransitionalCareProcess.TASK_FACE_TO_FACE,
                Map.of(
                        Fields.VISIT_DATE.name(),
                        calendar.today().toString(),
                        Fields.VISIT_CLINICIAN.name(),
                        "Dr. Rivera"));

        var stay = jdbc.queryForMap(
                "select contact_attempts, contact_outcome, face_to_face_on, reported_by "
                        + "from hospital_stay where case_id = ?",
                caseId);
        assertThat(stay)
                .containsEntry("contact_attempts", 2)
                .containsEntry("contact_outcome", "two-attempts")
                .containsEntry("reported_by", "manager");
        assertThat(stay.get("face_to_face_on").toString())
                .isEqualTo(calendar.today().toString());
        assertThat(jdbc.queryForList(
                        "select recorded_by from transitional_care_step where hospital_stay_id = "
                                + "(select id from hospital_stay where case_id = ?) order by id",
                        String.class,
                        caseId))
                .containsOnly(coordinator);
    }

    @Test
    void badReportsAreRejectedNamingTheFieldAndStartNothing() {
        LocalDate today = calendar.today();
        var backwards = api.post(discharge(caseId), coordinator, report(today, today.minusDays(2), "home"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.json().get("errors").get(0).get("field").asText()).isEqualTo("dischargedOn");

        var missing = api.post(discharge(caseId), coordinator, """
                {"admittedOn": "%s", "dischargedOn": "%s", "disposition": "spa"}""".formatted(today, today));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsText("field")).contains("facility", "disposition");

        var twice = api.post(
                discharge(caseId),
                coordinator,
                report(today, today, "home").replace("{", "{\"facility\": \"Elsewhere\", "));
        assertThat(twice.status()).as("a duplicated key is ambiguous").isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("field").asText()).isEqualTo("facility");
        assertThat(twice.body()).doesNotContain("Elsewhere");

        var future = api.post(discharge(caseId), coordinator, report(today, today.plusDays(1), "home"));
        assertThat(future.status()).isEqualTo(400);

        assertThat(api.post(discharge(99_999_999L), "coordinator", report(today, today, "home"))
                        .status())
                .isEqualTo(404);
        var reviewer = api.post(discharge(caseId), "reviewer", report(today.minusDays(1), today, "home"));
        assertThat(reviewer.status()).isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from hospital_stay where case_id = ?", Integer.class, caseId))
                .isZero();
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskDefinitionKey(TransitionalCareProcess.TASK_CONTACT)
                        .count())
                .isZero();
    }

    @Test
    void aClosedCaseGetsConflictAndNoStay() {
        String episode =
                jdbc.queryForObject("select process_instance_id from care_case where id = ?", String.class, caseId);
        runtimeService.deleteProcessInstance(episode, "test: episode ended");
        jdbc.update("update care_case set status = 'cancelled' where id = ?", caseId);

        LocalDate today = calendar.today();
        var response = api.post(discharge(caseId), coordinator, report(today.minusDays(1), today, "home"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).contains(caseNumber).doesNotContain("Ray");
        assertThat(jdbc.queryForObject("select count(*) from hospital_stay where case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void aFacilityNamedLikeMarkupReachesTheFormsAsTextAndTheRecordAsEntered() {
        String markup = "<img src=x onerror=alert(1)>";
        LocalDate today = calendar.today();
        var response = api.post(
                discharge(caseId),
                coordinator,
                report(today.minusDays(1), today, "home").replace("Springfield General Hospital", markup));
        assertThat(response.status()).isEqualTo(202);

        Task contact = task(TransitionalCareProcess.TASK_CONTACT);
        // what the form's "{{hospitalFacility}}" text shows: no tag, no Markdown, the characters as references
        String shown = Vars.FACILITY.from(taskService.getVariables(contact.getId()));
        assertThat(shown).doesNotContain("<", ">").contains("&#60;img src=x onerror=alert(1)&#62;");
        assertThat(CareEpisodeProcess.Vars.CASE_NUMBER.from(taskService.getVariablesLocal(contact.getId())))
                .as("nothing to escape: no copy")
                .isNull();
        assertThat(Vars.FACILITY.from(
                        taskService.getVariables(task(TransitionalCareProcess.TASK_MEDICATION_RECONCILIATION)
                                .getId())))
                .isEqualTo(shown);
        // the process and the case record keep the name as entered
        assertThat(Vars.FACILITY.from(runtimeService.getVariables(contact.getExecutionId())))
                .isEqualTo(markup);
        assertThat(jdbc.queryForObject("select facility from hospital_stay where case_id = ?", String.class, caseId))
                .isEqualTo(markup);
        assertThat(api.get("/api/cases/" + caseId + "/hospital-stays", "manager")
                        .json()
                        .get(0)
                        .get("facility")
                        .asText())
                .isEqualTo(markup);
    }

    @Test
    void aCaseStillInIntakeGetsConflictAndNoStay() {
        var inIntake = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ray", IntakeApiITFixtures.uniqueName(), "1948-02-14", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        long intakeCaseId = inIntake.get("caseId").asLong();
        LocalDate today = calendar.today();

        // a manager: the case has no coordinator yet
        var response = api.post(discharge(intakeCaseId), "manager", report(today.minusDays(1), today, "home"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText())
                .contains(inIntake.get("caseNumber").asText())
                .contains("intake");
        assertThat(jdbc.queryForObject(
                        "select count(*) from hospital_stay where case_id = ?", Integer.class, intakeCaseId))
                .isZero();
    }

    private Task task(String definitionKey) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private void complete(String definitionKey, Map<String, Object> variables) {
        Task task = task(definitionKey);
        asCoordinator(() -> taskService.complete(task.getId(), variables));
    }

    private void asCoordinator(Runnable work) {
        TaskWork.asUser(identityService, coordinator, work);
    }

    private static String discharge(long caseId) {
        return "/api/cases/" + caseId + "/events/hospital-discharge";
    }

    private static String report(LocalDate admittedOn, LocalDate dischargedOn, String disposition) {
        return """
                {"facility": "Springfield General Hospital", "admittedOn": "%s", "dischargedOn": "%s",
                 "disposition": "%s"}""".formatted(admittedOn, dischargedOn, disposition);
    }
}
