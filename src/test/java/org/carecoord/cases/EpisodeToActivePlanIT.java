package org.carecoord.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.variables.JsonVariables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One episode on PostgreSQL from POST /api/intakes through assessment and care planning to an active plan. */
class EpisodeToActivePlanIT extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Test
    void referralIsAssessedPlannedAgreedAndTaughtAndTheCaseRecordShowsEachStep() {
        var referral = new Api(port)
                .post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Lou", IntakeApiITFixtures.uniqueName(), "1952-07-07", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        long caseId = referral.get("caseId").asLong();
        String caseNumber = referral.get("caseNumber").asText();

        complete(
                "coordinator",
                IntakeProcess.TASK_RECORD_CONSENT,
                caseNumber,
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
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);

        // Assessment: mild mood, food insecurity, independent: a medium tier, no approval needed
        complete(
                coordinator,
                AssessmentProcess.TASK_SCREEN_MOOD,
                caseNumber,
                AssessmentAnswers.mood(1, 1, 1, 1, 1, 1, 1, 1, 0));
        var socialNeeds = AssessmentAnswers.socialNeedsNone();
        Fields.FOOD_WORRY.put(socialNeeds, "sometimes");
        complete(coordinator, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, caseNumber, socialNeeds);
        complete(coordinator, AssessmentProcess.TASK_ASSESS_DAILY_LIVING, caseNumber, AssessmentAnswers.dailyLiving(6));
        assertThat(jdbc.queryForObject("select risk_tier from care_case where id = ?", String.class, caseId))
                .isEqualTo("medium");

        Task draft = task(caseNumber, CarePlanningProcess.TASK_DRAFT_CARE_PLAN);
        assertThat(draft.getAssignee()).isEqualTo(coordinator);
        assertThat(JsonVariables.strings(DraftForm.PROBLEMS.from(taskService.getVariables(draft.getId()))))
                .as("the assessment's food need is suggested")
                .contains("food");
        complete(
                coordinator,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                caseNumber,
                Map.of(
                        DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("food", "mood")),
                        DraftForm.GOAL_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "description",
                                        "Enough food every week",
                                        "measure",
                                        "Food ran out: never",
                                        "targetDate",
                                        "2027-02-28")),
                        DraftForm.INTERVENTION_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "action",
                                        "Enrol in the county food pantry",
                                        "responsible",
                                        "community-service",
                                        "dueDate",
                                        "12/15/2026")),
                        DraftForm.BARRIERS.name(), JsonVariables.json(List.of("cost")),
                        DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")),
                        DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("food-assistance"))));
        complete(
                coordinator,
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                caseNumber,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "12/01/2026",
                        ReviewForm.AGREED_HOW.name(),
                        "phone"));
        complete(
                coordinator,
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                caseNumber,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(),
                        JsonVariables.json(List.of("diet-nutrition")),
                        EducationForm.TEACH_BACK_CONFIRMED.name(),
                        true,
                        EducationForm.MATERIALS_GIVEN.name(),
                        JsonVariables.json(List.of())));

        // the plan is active: monitoring runs and the referral for the chosen service is under way, with the case
        // number
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .list())
                .extracting(Task::getTaskDefinitionKey)
                .containsExactly(ReferralProcess.TASK_SELECT_PROVIDER);
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(referral.get("processInstanceId").asText())
                        .activityId(CareEpisodeProcess.CALL_MONITORING)
                        .unfinished()
                        .count())
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from care_case where id = ?", String.class, caseId))
                .isEqualTo("active");
        assertThat(jdbc.queryForMap("select status, agreed_on from care_plan where case_id = ?", caseId))
                .containsEntry("status", "active");
        assertThat(jdbc.queryForObject("select agreed_on from care_plan where case_id = ?", String.class, caseId))
                .isEqualTo("2026-12-01");
        assertThat(jdbc.queryForList("select service_type from referral_need where case_id = ?", String.class, caseId))
                .containsExactly("food-assistance");
        assertThat(jdbc.queryForList(
                        "select instrument from assessment_result where case_id = ? order by instrument",
                        String.class,
                        caseId))
                .containsExactly("ahc-hrsn", "gad7", "katz-adl", "phq9");
    }

    private void complete(String user, String activityId, String caseNumber, Map<String, Object> variables) {
        Task task = task(caseNumber, activityId);
        TaskWork.completeAs(identityService, taskService, user, task.getId(), variables);
    }

    private Task task(String caseNumber, String activityId) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(activityId)
                .singleResult();
    }
}
