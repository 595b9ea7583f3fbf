package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess.Vars;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The assessment stage on PostgreSQL: a coordinator's answers become stored results, a risk tier and alerts. */
class AssessmentIT extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void answersAreScoredStoredAndGiveTheCaseItsRiskTierBeforeCarePlanning() {
        var episode = consentedHospitalReferral();
        long caseId = episode.get("caseId").asLong();
        String caseNumber = episode.get("caseNumber").asText();
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);

        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_SCREEN_MOOD),
                AssessmentAnswers.mood(1, 2, 1, 2, 1, 2, 1, 2, 0));
        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS),
                AssessmentAnswers.socialNeedsNone());
        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_ASSESS_DAILY_LIVING),
                AssessmentAnswers.dailyLiving(6));
        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_ASSESS_READMISSION_RISK),
                AssessmentAnswers.lace(5, AssessmentProcess.ADMISSION_EMERGENCY, 2, 1));

        var results = jdbc.queryForList(
                "select instrument, administered, score, band, answers, administered_by "
                        + "from assessment_result where case_id = ? order by instrument",
                caseId);
        assertThat(results)
                .extracting(r -> r.get("instrument"))
                .containsExactly("ahc-hrsn", "gad7", "katz-adl", "lace", "phq9");
        assertThat(results)
                .filteredOn(r -> "phq9".equals(r.get("instrument")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r)
                            .containsEntry("score", 12)
                            .containsEntry("band", "moderate")
                            .containsEntry("administered_by", coordinator);
                    assertThat((String) r.get("answers")).contains("\"phq9Item2\":\"2\"");
                });
        assertThat(results)
                .filteredOn(r -> "lace".equals(r.get("instrument")))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("score", 10).containsEntry("band", "high"));
        assertThat(jdbc.queryForMap(
                        "select risk_tier, contact_interval_days, plan_approval_required, completed_at "
                                + "from assessment where case_id = ?",
                        caseId))
                .containsEntry("risk_tier", "high")
                .containsEntry("contact_interval_days", 7)
                .containsEntry("plan_approval_required", true);
        assertThat(jdbc.queryForObject("select risk_tier from care_case where id = ?", String.class, caseId))
                .isEqualTo("high");
        // item answers are on the case record, not in the process
        String episodeId = episode.get("processInstanceId").asText();
        Map<String, Object> episodeVariables = runtimeService.getVariables(episodeId);
        assertThat(AssessmentProcess.Scores.RISK_TIER.from(episodeVariables)).isEqualTo("high");
        assertThat(episodeVariables)
                .doesNotContainKeys(
                        Var.names(AssessmentProcess.Fields.PHQ9_ITEMS).toArray(String[]::new));
        assertThat(taskService
                        .createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .list())
                .extracting(Task::getName)
                .anyMatch(name -> name.startsWith("Draft care plan · " + caseNumber));
    }

    @Test
    void suicidalIdeationOnPhq9AlertsManagersAtOnceWhileTheAssessmentGoesOn() {
        var episode = consentedHospitalReferral();
        String caseNumber = episode.get("caseNumber").asText();
        String coordinator = jdbc.queryForObject(
                "select coordinator_id from care_case where id = ?",
                String.class,
                episode.get("caseId").asLong());

        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_SCREEN_MOOD),
                AssessmentAnswers.mood(0, 1, 0, 0, 0, 0, 0, 0, 1));

        Task followUp = task(caseNumber, CareEpisodeProcess.TASK_SAFETY_FOLLOW_UP);
        assertThat(followUp.getName()).startsWith("Safety follow-up · " + caseNumber);
        assertThat(followUp.getPriority()).isEqualTo(100);
        assertThat(followUp.getDueDate())
                .isBefore(new java.util.Date(System.currentTimeMillis() + 4 * 3_600_000L + 5_000));
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(followUp.getId())
                        .taskCandidateGroup(Groups.MANAGERS)
                        .count())
                .isEqualTo(1);
        assertThat(taskService
                        .createTaskQuery()
                        .taskId(followUp.getId())
                        .taskCandidateGroup(Groups.COORDINATORS)
                        .count())
                .isZero();
        assertThat(task(caseNumber, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS)).isNotNull();

        completeAs(
                "manager",
                followUp,
                Map.of(
                        CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name(),
                        "safety-plan",
                        CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name(),
                        "yes"));
        assertThat(jdbc.queryForMap(
                        "select action_taken, patient_safe, recorded_by from safety_follow_up " + "where case_id = ?",
                        episode.get("caseId").asLong()))
                .containsEntry("action_taken", "safety-plan")
                .containsEntry("patient_safe", true)
                .containsEntry("recorded_by", "manager");
    }

    @Test
    void reAssessmentRecordsPhq9ResponseAndRemissionAgainstThePreviousTotal() {
        var episode = consentedHospitalReferral();
        long caseId = episode.get("caseId").asLong();
        String caseNumber = episode.get("caseNumber").asText();
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        completeAs(
                coordinator,
                task(caseNumber, AssessmentProcess.TASK_SCREEN_MOOD),
                AssessmentAnswers.mood(2, 2, 1, 1, 1, 1, 1, 1, 0)); // 10

        VariableMap caller = CareEpisodeProcess.Vars.CASE_ID.with(caseId);
        CareEpisodeProcess.Vars.CASE_NUMBER.put(caller, caseNumber);
        CareEpisodeProcess.Vars.CASE_COORDINATOR.put(caller, coordinator);
        Vars.RECENT_HOSPITAL_STAY.put(caller, false);
        var again = runtimeService.startProcessInstanceByKey(AssessmentProcess.KEY, caseNumber, caller);
        var mood = taskService
                .createTaskQuery()
                .processInstanceId(again.getId())
                .taskDefinitionKey(AssessmentProcess.TASK_SCREEN_MOOD)
                .singleResult();
        completeAs(coordinator, mood, AssessmentAnswers.mood(1, 1, 0, 1, 0, 0, 0, 0, 0)); // 3

        var latest = jdbc.queryForMap(
                "select score, previous_score, response, remission from assessment_result "
                        + "where case_id = ? and instrument = 'phq9' order by id desc limit 1",
                caseId);
        assertThat(latest)
                .containsEntry("score", 3)
                .containsEntry("previous_score", 10)
                .containsEntry("response", true)
                .containsEntry("remission", true);
    }

    @ParameterizedTest(name = "{0} with {1} gives {3}")
    @CsvSource(delimiter = '|', textBlock = """
            phq9-severity | {"phq9Total":{"value":15,"type":"Integer"},"phq9Item9":{"value":1,"type":"Integer"}} | phq9Severity | moderately-severe
            gad7-severity | {"gad7Total":{"value":10,"type":"Integer"}} | gad7Severity | moderate
            katz-adl      | {"adlIndependentCount":{"value":2,"type":"Integer"}} | adlFunction | severe-impairment
            lace-risk     | {"lengthOfStayDays":{"value":14,"type":"Integer"},"acuteAdmission":{"value":true,"type":"Boolean"},"charlsonIndex":{"value":4,"type":"Integer"},"edVisits6m":{"value":6,"type":"Integer"}} | readmissionRisk | high
            hrsn-needs    | {"livingSituation":{"value":"steady"},"housingProblems":{"value":0,"type":"Integer"},"foodWorry":{"value":"sometimes"},"foodRanOut":{"value":"never"},"transportationBarrier":{"value":true,"type":"Boolean"},"utilityShutoffThreat":{"value":"no"},"safetyHurt":{"value":1,"type":"Integer"},"safetyInsult":{"value":1,"type":"Integer"},"safetyThreaten":{"value":1,"type":"Integer"},"safetyScream":{"value":1,"type":"Integer"}} | sdohNeedCount | 2
            risk-tier     | {"phq9Severity":{"value":"moderate"},"gad7Severity":{"value":null},"readmissionRisk":{"value":null},"adlFunction":{"value":"full"},"sdohNeedCount":{"value":0,"type":"Integer"},"safetyNeed":{"value":false,"type":"Boolean"},"phq9SafetyConcern":{"value":false,"type":"Boolean"}} | riskTier | medium
            """)
    void otherSystemsEvaluateEachDecisionThroughTheEngineRestApiWithTheContractNames(
            String key, String variables, String output, String expected) {
        var response = api.post(
                "/engine-rest/decision-definition/key/" + key + "/evaluate",
                "manager",
                "{\"variables\":" + variables + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get(0).get(output).get("value").asText()).isEqualTo(expected);
    }

    private com.fasterxml.jackson.databind.JsonNode consentedHospitalReferral() {
        var episode = api.post(
                        "/api/intakes",
                        "coordinator",
                        org.carecoord.intake.IntakeApiITFixtures.referral(
                                "Ann", org.carecoord.intake.IntakeApiITFixtures.uniqueName(), "1950-02-02", "routine"))
                .json();
        Task consent = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(episode.get("caseNumber").asText())
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
        return episode;
    }

    private Task task(String caseNumber, String activityId) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(activityId)
                .singleResult();
    }

    /** Completes a task as that user would in Tasklist, so "who" is recorded. */
    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identityService, taskService, user, task.getId(), variables);
    }
}
