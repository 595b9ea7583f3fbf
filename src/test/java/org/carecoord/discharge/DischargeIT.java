package org.carecoord.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.variables.JsonVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A discharge on PostgreSQL: a patient with an active plan, the plan's referral not yet sent and an ad-hoc referral a
 * provider accepted, is discharged with goals met. The case is finished, the plan completed, both referrals cancelled
 * with history, the ad-hoc referral process ended, and the patient and the provider each get one notice (GreenMail).
 */
class DischargeIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/referral-response/([A-Za-z0-9._-]+)");
    private static final String NOTICE_SUBJECT = "Care coordination has ended";

    @Autowired
    HistoryService history;

    @Autowired
    ApplicationContext context;

    @Test
    void aCaseWithAnAcceptedReferralIsDischargedAndThePatientAndTheProviderAreEachToldOnce() throws Exception {
        var intake = new Api(port)
                .post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ruth", IntakeApiITFixtures.uniqueName(), "1948-02-02", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        long caseId = intake.get("caseId").asLong();
        String caseNumber = intake.get("caseNumber").asText();
        String coordinator = toActivePlan(caseNumber, caseId);
        long planId = jdbc.queryForObject(
                "select id from care_plan where case_id = ? and status = 'active'", Long.class, caseId);
        long planReferralId = jdbc.queryForObject("select id from referral where case_id = ?", Long.class, caseId);

        ProcessInstance adHoc = runtime.startProcessInstanceByKey(
                ReferralProcess.KEY,
                caseNumber,
                Map.of(
                        ReferralProcess.Vars.CASE_ID.name(),
                        caseId,
                        ReferralProcess.Vars.CASE_NUMBER.name(),
                        caseNumber,
                        ReferralProcess.Vars.CASE_COORDINATOR.name(),
                        coordinator,
                        ReferralProcess.Vars.SERVICE_TYPE.name(),
                        "food-assistance"));
        long adHocReferralId = ReferralProcess.Vars.REFERRAL_ID.from(runtime.getVariables(adHoc.getId()));
        String providerId = ReferralProcess.Vars.PROVIDER_OPTIONS
                .from(runtime.getVariables(adHoc.getId()))
                .get(0)
                .get("value")
                .asText();
        completeIn(
                coordinator,
                adHoc.getId(),
                ReferralProcess.TASK_SELECT_PROVIDER,
                Map.of(ReferralProcess.SelectProviderForm.PROVIDER_ID.name(), providerId));
        JobRunner.runDueJobs(management);
        assertThat(accept(adHocReferralId).statusCode()).isEqualTo(200);
        assertThat(status(adHocReferralId)).isEqualTo("accepted");

        // as the episode will call it once it is wired
        Map<String, Object> in = new HashMap<>();
        in.put(Vars.CASE_ID.name(), caseId);
        in.put(Vars.CASE_NUMBER.name(), caseNumber);
        in.put(Vars.CASE_COORDINATOR.name(), coordinator);
        in.put(Vars.CARE_PLAN_ID.name(), planId);
        in.put(Vars.DISCHARGE_REASON.name(), DischargeProcess.REASON_GOALS_MET);
        in.put(Vars.DISCHARGE_NOTE.name(), "plan review: goals met");
        ProcessInstance discharge = runtime.startProcessInstanceByKey(DischargeProcess.KEY, caseNumber, in);
        assertThat(runtime.getVariables(discharge.getId()))
                .containsEntry(Vars.GOAL_LABELS.get(0).name(), "Food: Enough food every week")
                .containsEntry(Vars.GOAL_LABELS.get(1).name(), "Mood: Feel well most days")
                .doesNotContainKey(Vars.GOAL_LABELS.get(2).name());
        assertThat(JsonVariables.rows(Vars.FINAL_SCORES.from(runtime.getVariables(discharge.getId()))))
                .extracting(row -> row.get("instrument").asText())
                .contains("PHQ-9 (depression)");

        completeIn(
                coordinator,
                discharge.getId(),
                DischargeProcess.TASK_PREPARE_SUMMARY,
                Map.of(
                        SummaryForm.DISCHARGE_REASON.name(),
                        DischargeProcess.REASON_GOALS_MET,
                        SummaryForm.GOAL_OUTCOMES.get(0).name(),
                        "achieved",
                        SummaryForm.GOAL_OUTCOMES.get(1).name(),
                        "improving",
                        SummaryForm.SUMMARY_NOTE.name(),
                        "Pantry enrolment holds; mood better. PCP follows up."));
        JobRunner.runDueJobs(management);

        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(discharge.getId())
                        .count())
                .isZero();
        assertThat(jdbc.queryForMap("select status, status_reason, closed_at from care_case where id = ?", caseId))
                .containsEntry("status", "finished")
                .containsEntry("status_reason", "goals-met")
                .extractingByKey("closed_at")
                .isNotNull();
        assertThat(jdbc.queryForObject("select status from care_plan where id = ?", String.class, planId))
                .isEqualTo("completed");
        assertThat(jdbc.queryForList(
                        "select lifecycle_status from care_plan_goal where care_plan_id = ? " + "order by sort_order",
                        String.class,
                        planId))
                .containsExactly("completed", "cancelled");
        assertThat(jdbc.queryForMap("select reason, prepared_by from discharge_summary where case_id = ?", caseId))
                .containsEntry("reason", "goals-met")
                .containsEntry("prepared_by", coordinator);
        assertThat(jdbc.queryForList("""
                select o.achievement from discharge_goal_outcome o join discharge_summary s
                  on s.id = o.discharge_summary_id where s.case_id = ? order by o.care_plan_goal_id""", String.class, caseId)).containsExactly("achieved", "improving");

        for (long referralId : List.of(adHocReferralId, planReferralId)) {
            assertThat(status(referralId)).isEqualTo("cancelled");
            assertThat(jdbc.queryForMap("""
                    select status, reason, actor from referral_status_history where referral_id = ?
                    order by id desc limit 1""", referralId))
                    .containsEntry("status", "cancelled")
                    .containsEntry("reason", DischargeProcess.PATIENT_DISCHARGED)
                    .containsEntry("actor", coordinator);
        }
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(adHoc.getId())
                        .singleResult()
                        .getDeleteReason())
                .isEqualTo(DischargeProcess.PATIENT_DISCHARGED);

        OutboxDelivery.deliver(context);
        String providerEmail = jdbc.queryForObject(
                "select email from provider where id = ?", String.class, Long.parseLong(providerId));
        assertThat(OutboxDelivery.received(greenMail, "patient@example.org", NOTICE_SUBJECT, caseNumber))
                .hasSize(1);
        assertThat(OutboxDelivery.received(greenMail, providerEmail, NOTICE_SUBJECT, caseNumber))
                .hasSize(1);
        assertThat(jdbc.queryForList(
                        "select dedupe_key from outbox where case_id = ? and template = ?",
                        String.class,
                        caseId,
                        "discharge-notice"))
                .containsExactlyInAnyOrder(
                        "case:" + caseId + ":discharge:patient", "referral:" + adHocReferralId + ":discharged");
    }

    /** Intake (consent to e-mail), assessment and care planning with two goals, as a coordinator does them. */
    private String toActivePlan(String caseNumber, long caseId) {
        complete(
                "coordinator",
                caseNumber,
                IntakeProcess.TASK_RECORD_CONSENT,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                        "email",
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        complete(
                coordinator,
                caseNumber,
                AssessmentProcess.TASK_SCREEN_MOOD,
                AssessmentAnswers.mood(1, 1, 1, 1, 1, 1, 1, 1, 0));
        complete(
                coordinator,
                caseNumber,
                AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS,
                AssessmentAnswers.socialNeedsNone());
        complete(coordinator, caseNumber, AssessmentProcess.TASK_ASSESS_DAILY_LIVING, AssessmentAnswers.dailyLiving(6));
        JobRunner.runDueJobs(management);
        complete(
                coordinator,
                caseNumber,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
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
                        DraftForm.GOAL_2.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "mood",
                                        "description",
                                        "Feel well most days",
                                        "measure",
                                        "PHQ-9 under 5",
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
                        DraftForm.BARRIERS.name(), JsonVariables.json(List.of()),
                        DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")),
                        DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("food-assistance"))));
        complete(
                coordinator,
                caseNumber,
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "12/01/2026",
                        ReviewForm.AGREED_HOW.name(),
                        "phone"));
        complete(
                coordinator,
                caseNumber,
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(),
                        JsonVariables.json(List.of("diet-nutrition")),
                        EducationForm.TEACH_BACK_CONFIRMED.name(),
                        true,
                        EducationForm.MATERIALS_GIVEN.name(),
                        JsonVariables.json(List.of())));
        JobRunner.runDueJobs(management);
        return coordinator;
    }

    /** The provider accepts through the signed link of the referral mail, over real HTTP. */
    private HttpResponse<String> accept(long referralId) throws Exception {
        String body = jdbc.queryForObject(
                "select body_text from outbox where dedupe_key = ?",
                String.class,
                "referral:" + referralId + ":sent:1");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + link.group()))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("action=accept"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String status(long referralId) {
        return jdbc.queryForObject("select status from referral where id = ?", String.class, referralId);
    }

    private void complete(String user, String caseNumber, String activityId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(activityId)
                .singleResult();
        assertThat(task).as("task %s of %s", activityId, caseNumber).isNotNull();
        completeAs(user, task, variables);
    }

    private void completeIn(String user, String processInstanceId, String activityId, Map<String, Object> variables) {
        completeAs(
                user,
                tasks.createTaskQuery()
                        .processInstanceId(processInstanceId)
                        .taskDefinitionKey(activityId)
                        .singleResult(),
                variables);
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identity, tasks, user, task.getId(), variables);
    }
}
