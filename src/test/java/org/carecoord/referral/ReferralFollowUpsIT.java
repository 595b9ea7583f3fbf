package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess.ChooseAnotherForm;
import org.carecoord.referral.ReferralProcess.RecordResponseForm;
import org.carecoord.referral.ReferralProcess.SelectProviderForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Referrals after the first round, on PostgreSQL: opened through the API in the patient's language, answers a
 * coordinator hears on the phone recorded in Tasklist, service started, and the care plan updated when the referral
 * completes or the need is closed as unmet.
 */
class ReferralFollowUpsIT extends PostgresIntegrationTest {

    private static final String COORDINATOR = "coordinator";

    @Autowired
    ReferralSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();
    private Api api;

    record Case(long id, String number) {}

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void aCoordinatorOpensAReferralThroughTheApiAndProvidersSpeakingThePatientsLanguageComeFirst() {
        Case patient = newCase("es");

        var created = api.post(
                "/api/cases/" + patient.id() + "/referrals",
                COORDINATOR,
                "{\"serviceType\": \"food-assistance\", \"reason\": \"food runs out before payday\"}");

        assertThat(created.status()).isEqualTo(201);
        long needId = created.json().get("referralNeedId").asLong();
        String instanceId = created.json().get("processInstanceId").asText();
        var instance = runtime.createProcessInstanceQuery()
                .processInstanceId(instanceId)
                .singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(patient.number());
        assertThat(Vars.LANGUAGE.from(runtime.getVariables(instanceId))).isEqualTo("es");
        var options = Vars.PROVIDER_OPTIONS.from(runtime.getVariables(instanceId));
        assertThat(options.findValuesAsText("label").get(0))
                .as("speaks Spanish, before Meals on Wheels (en)")
                .startsWith("Springfield Food Bank");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(instanceId)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo(ReferralProcess.TASK_SELECT_PROVIDER);
        assertThat(jdbc.queryForMap(
                        "select status, reason, requested_by, care_plan_id from referral_need where id = ?", needId))
                .containsEntry("status", "open")
                .containsEntry("reason", "food runs out before payday")
                .containsEntry("requested_by", COORDINATOR)
                .containsEntry("care_plan_id", null);
        long referralId = Vars.REFERRAL_ID.from(runtime.getVariables(instanceId));
        assertThat(jdbc.queryForObject("select referral_need_id from referral where id = ?", Long.class, referralId))
                .isEqualTo(needId);

        var again = api.post(
                "/api/cases/" + patient.id() + "/referrals", "manager", "{\"serviceType\": \"food-assistance\"}");
        assertThat(again.status()).as("one open referral per service").isEqualTo(409);
        assertThat(again.json().get("referralNeedId").asLong()).isEqualTo(needId);
    }

    @Test
    void badRequestsNameTheFieldAndUnknownOrClosedCasesAreRefused() {
        Case patient = newCase("en");
        String path = "/api/cases/" + patient.id() + "/referrals";

        var unknown = api.post(path, COORDINATOR, "{\"serviceType\": \"astrology\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("serviceType");
        var missing = api.post(path, COORDINATOR, "{\"reason\": \"needs a ride\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("serviceType");
        assertThat(api.post("/api/cases/999999999/referrals", COORDINATOR, "{\"serviceType\": \"housing\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(path, "reviewer", "{\"serviceType\": \"housing\"}").status())
                .isEqualTo(403);

        declineConsent(patient);
        assertThat(jdbc.queryForObject("select status from care_case where id = ?", String.class, patient.id()))
                .isEqualTo("cancelled");
        // declined before a coordinator was assigned: a manager's request meets the closed case
        var closed = api.post(path, "manager", "{\"serviceType\": \"housing\"}");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("type").asText()).isEqualTo("urn:carecoord:problem:case-closed");
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral_need where case_id = ?", Integer.class, patient.id()))
                .isZero();
    }

    @Test
    void phoneAnswersAreRecordedByTheCoordinatorAndACompletedReferralShowsInTheCarePlan() throws Exception {
        Case patient = newCase("en");
        activePlan(patient);
        // as the episode starts it: only the service; the plan's open need is found
        String instanceId = runtime.startProcessInstanceByKey(
                        ReferralProcess.KEY,
                        patient.number(),
                        Map.of(
                                Vars.CASE_ID.name(),
                                patient.id(),
                                Vars.CASE_NUMBER.name(),
                                patient.number(),
                                Vars.CASE_COORDINATOR.name(),
                                COORDINATOR,
                                Vars.SERVICE_TYPE.name(),
                                "transportation"))
                .getId();
        long referralId = Vars.REFERRAL_ID.from(runtime.getVariables(instanceId));
        assertThat(jdbc.queryForObject("""
                select n.service_type from referral r join referral_need n on n.id = r.referral_need_id
                where r.id = ?""", String.class, referralId)).isEqualTo("transportation");
        sendToFirstProvider(instanceId);

        // three business days without an answer: the coordinator calls and hears "accepted"
        runTimer(instanceId, ReferralProcess.TIMER_RESPONSE_REMINDER);
        completeAs(
                COORDINATOR,
                taskAt(instanceId, ReferralProcess.TASK_FOLLOW_UP_ON_REFERRAL),
                Map.of(
                        RecordResponseForm.PROVIDER_ANSWER.name(),
                        "accept",
                        RecordResponseForm.SPOKE_WITH.name(),
                        "dispatch desk"));
        assertThat(status(referralId)).isEqualTo("accepted");
        assertThat(lastHistory(referralId)).isEqualTo("accepted by " + COORDINATOR);
        assertThat(waitingAt(instanceId, ReferralProcess.TASK_AWAIT_OUTCOME)).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceId(instanceId).count())
                .isZero();

        // at the check-in: rides have started
        runTimer(instanceId, ReferralProcess.TIMER_CHECK_IN);
        completeAs(
                COORDINATOR,
                taskAt(instanceId, ReferralProcess.TASK_CHECK_IN_ON_REFERRAL),
                Map.of(
                        RecordResponseForm.PROVIDER_ANSWER.name(),
                        "start",
                        RecordResponseForm.ANSWER_NOTE.name(),
                        "first ride booked"));
        assertThat(status(referralId)).isEqualTo("in-progress");
        assertThat(waitingAt(instanceId, ReferralProcess.TASK_AWAIT_OUTCOME)).isTrue();

        // the provider reports completion through an outcome link
        String outcome = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, 1, ReferralLink.OUTCOME, Instant.now().plusSeconds(600)));
        HttpResponse<String> page = get("/referral-response/" + outcome);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("has started").doesNotContain("value=\"start\"");
        assertThat(post("/referral-response/" + outcome, "complete", "rides to all visits")
                        .statusCode())
                .isEqualTo(200);

        assertThat(status(referralId)).isEqualTo("completed");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .count())
                .isZero();
        var plan = api.get("/api/cases/" + patient.id() + "/care-plans/1", COORDINATOR)
                .json();
        assertThat(plan.at("/interventions/0/status").asText())
                .as("transportation, community service")
                .isEqualTo("completed");
        assertThat(plan.at("/interventions/1/status").asText())
                .as("mood, not this service")
                .isEqualTo("not-started");
        assertThat(plan.at("/goals/0/achievementStatus").asText()).isEqualTo("improving");
        assertThat(plan.at("/goals/1/achievementStatus").isTextual())
                .as("mood: no news")
                .isFalse();
        assertThat(plan.get("referralNeeds").toString())
                .contains("{\"serviceType\":\"transportation\",\"status\":\"met\"}");
    }

    @Test
    void aNeedClosedAsUnmetStopsThePlansInterventionWithTheReason() throws Exception {
        Case patient = newCase("en");
        activePlan(patient);
        String instanceId = runtime.startProcessInstanceByKey(
                        ReferralProcess.KEY,
                        patient.number(),
                        Map.of(
                                Vars.CASE_ID.name(),
                                patient.id(),
                                Vars.CASE_NUMBER.name(),
                                patient.number(),
                                Vars.CASE_COORDINATOR.name(),
                                COORDINATOR,
                                Vars.SERVICE_TYPE.name(),
                                "behavioral-health"))
                .getId();
        long referralId = Vars.REFERRAL_ID.from(runtime.getVariables(instanceId));
        sendToFirstProvider(instanceId);
        String respond = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, 1, ReferralLink.RESPOND, Instant.now().plusSeconds(600)));
        assertThat(post("/referral-response/" + respond, "decline", "no-capacity")
                        .statusCode())
                .isEqualTo(200);

        Task choose = taskAt(instanceId, ReferralProcess.TASK_CHOOSE_ANOTHER_PROVIDER);
        assertThat(Vars.RESPONSE_SUMMARY.from(runtime.getVariables(instanceId))).isEqualTo("Declined: no capacity");
        completeAs(
                COORDINATOR,
                choose,
                Map.of(
                        ChooseAnotherForm.NEXT_STEP.name(),
                        ReferralProcess.NEXT_CLOSE_UNMET,
                        ChooseAnotherForm.UNMET_REASON.name(),
                        "no counsellor with openings this quarter"));

        var plan = api.get("/api/cases/" + patient.id() + "/care-plans/1", COORDINATOR)
                .json();
        assertThat(plan.at("/interventions/1/status").asText()).isEqualTo("stopped");
        assertThat(plan.at("/interventions/1/statusReason").asText())
                .isEqualTo("Referral need unmet: no counsellor with openings this quarter");
        assertThat(plan.at("/interventions/0/status").asText()).isEqualTo("not-started");
        assertThat(status(referralId)).isEqualTo("cancelled");
    }

    private Case newCase(String language) {
        String body = IntakeApiITFixtures.referral("June", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine")
                .replace("\"preferredLanguage\": \"en\"", "\"preferredLanguage\": \"" + language + "\"");
        var response = api.post("/api/intakes", COORDINATOR, body);
        assertThat(response.status()).isEqualTo(201);
        return new Case(
                response.json().get("caseId").asLong(),
                response.json().get("caseNumber").asText());
    }

    /** Care planning as the episode calls it, to an agreed plan referring to transportation and behavioral health. */
    private void activePlan(Case patient) {
        VariableMap variables = Variables.createVariables()
                .putValue(CarePlanningProcess.Vars.CASE_ID.name(), patient.id())
                .putValue(CarePlanningProcess.Vars.CASE_NUMBER.name(), patient.number())
                .putValue(CarePlanningProcess.Vars.CASE_COORDINATOR.name(), COORDINATOR)
                .putValue(CarePlanningProcess.Vars.URGENCY.name(), "routine")
                .putValue(CarePlanningProcess.Vars.RISK_TIER.name(), CarePlanningProcess.RISK_LOW)
                .putValue(CarePlanningProcess.Vars.CONTACT_INTERVAL_DAYS.name(), 30)
                .putValue(CarePlanningProcess.Vars.PLAN_APPROVAL_REQUIRED.name(), false)
                .putValue(CarePlanningProcess.Vars.TRANSPORTATION_NEED.name(), true)
                .putValue(CarePlanningProcess.Vars.PHQ9_SEVERITY.name(), "moderate");
        runtime.startProcessInstanceByKey(CarePlanningProcess.KEY, patient.number(), variables);
        completeAs(
                COORDINATOR,
                planningTask(patient),
                Variables.createVariables()
                        .putValueTyped(DraftForm.PROBLEMS.name(), json("[\"transportation\", \"mood\"]"))
                        .putValueTyped(DraftForm.GOAL_1.name(), json("""
                        {"problem": "transportation", "description": "Gets to every appointment",
                         "measure": "Appointments attended", "targetDate": "2026-09-30"}"""))
                        .putValueTyped(DraftForm.GOAL_2.name(), json("""
                        {"problem": "mood", "description": "Feel better most days", "measure": "PHQ-9 below 10",
                         "targetDate": "2026-09-30"}"""))
                        .putValueTyped(DraftForm.INTERVENTION_1.name(), json("""
                        {"problem": "transportation", "action": "Medical rides to appointments",
                         "responsible": "community-service", "dueDate": "2026-04-01"}"""))
                        .putValueTyped(DraftForm.INTERVENTION_2.name(), json("""
                        {"problem": "mood", "action": "Start counselling", "responsible": "provider",
                         "dueDate": "2026-04-15"}"""))
                        .putValueTyped(DraftForm.EDUCATION_TOPICS.name(), json("[\"community-resources\"]"))
                        .putValueTyped(
                                DraftForm.REFERRAL_SERVICES.name(),
                                json("[\"transportation\", \"behavioral-health\"]")));
        completeAs(
                COORDINATOR,
                planningTask(patient),
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "2026-03-10",
                        ReviewForm.AGREED_HOW.name(),
                        "in-person"));
        assertThat(jdbc.queryForObject(
                        "select status from care_plan where case_id = ? and version = 1", String.class, patient.id()))
                .isEqualTo("active");
    }

    private Task planningTask(Case patient) {
        return tasks.createTaskQuery()
                .processDefinitionKey(CarePlanningProcess.KEY)
                .processInstanceBusinessKey(patient.number())
                .singleResult();
    }

    private void declineConsent(Case patient) {
        Task consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(patient.number())
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        completeAs(
                COORDINATOR,
                consent,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_DECLINED,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        false,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
    }

    private void sendToFirstProvider(String instanceId) {
        var options = Vars.PROVIDER_OPTIONS.from(runtime.getVariables(instanceId));
        completeAs(
                COORDINATOR,
                taskAt(instanceId, ReferralProcess.TASK_SELECT_PROVIDER),
                Map.of(
                        SelectProviderForm.PROVIDER_ID.name(),
                        options.get(0).get("value").asText()));
        JobRunner.runDueJobs(management);
        assertThat(waitingAt(instanceId, ReferralProcess.TASK_AWAIT_RESPONSE)).isTrue();
    }

    /** Fires the timer now, as if its (business-day) due date had come, and runs what follows. */
    private void runTimer(String instanceId, String timerId) {
        var timer = management
                .createJobQuery()
                .processInstanceId(instanceId)
                .activityId(timerId)
                .singleResult();
        management.executeJob(timer.getId());
        JobRunner.runDueJobs(management);
    }

    private Task taskAt(String instanceId, String taskDefinitionKey) {
        return tasks.createTaskQuery()
                .processInstanceId(instanceId)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
    }

    private boolean waitingAt(String instanceId, String activityId) {
        return runtime.createExecutionQuery()
                        .processInstanceId(instanceId)
                        .activityId(activityId)
                        .count()
                == 1;
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identity, tasks, user, task.getId(), variables);
    }

    private String status(long referralId) {
        return jdbc.queryForObject("select status from referral where id = ?", String.class, referralId);
    }

    private String lastHistory(long referralId) {
        return jdbc.queryForObject("""
                select status || ' by ' || actor from referral_status_history where referral_id = ?
                order by id desc limit 1""", String.class, referralId);
    }

    private static org.camunda.spin.plugin.variable.value.JsonValue json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String action, String reasonOrNote)
            throws IOException, InterruptedException {
        Map<String, String> form = Map.of("action", action, "decline".equals(action) ? "reason" : "note", reasonOrNote);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
