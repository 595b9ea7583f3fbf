package org.carecoord.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Care planning for a real case on PostgreSQL: the process started as the episode calls it, its tasks completed as
 * Tasklist submits them (Json lists), and the plan versions, goals, interventions, referral needs and education
 * checked in the tables and through the API.
 */
class CarePlanningIT extends PostgresIntegrationTest {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());
    private static final String COORDINATOR = "coordinator";
    private static final String MANAGER = "manager";
    private static final String RETURN_COMMENTS = "Add a follow-up visit within 7 days of any discharge.";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    Api api;

    record Case(long id, String number) {}

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @Test
    void highRiskPlanIsReturnedRevisedApprovedAgreedAndTaught() {
        Case patient = newCase();
        String instance = startCarePlanning(patient, true);

        Task draft = taskOf(patient);
        assertThat(draft.getTaskDefinitionKey()).isEqualTo(CarePlanningProcess.TASK_DRAFT_CARE_PLAN);
        assertThat(draft.getAssignee()).isEqualTo(COORDINATOR);
        assertThat(draft.getName()).isEqualTo("Draft care plan · " + patient.number());
        assertThat(DraftForm.PROBLEMS.from(runtimeService.getVariables(instance)))
                .containsExactly("housing", "transportation", "mood", "readmission");

        completeAs(COORDINATOR, draft, firstDraft());
        Task approval = taskOf(patient);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(CarePlanningProcess.TASK_APPROVE_CARE_PLAN);
        completeAs(
                MANAGER,
                approval,
                Map.of(
                        ApprovalForm.APPROVAL_DECISION.name(),
                        CarePlanningProcess.APPROVAL_RETURN,
                        ApprovalForm.APPROVAL_COMMENTS.name(),
                        RETURN_COMMENTS));

        assertThat(plan(patient, 1))
                .containsEntry("status", "draft")
                .containsEntry("approval_decision", "return")
                .containsEntry("approval_comments", RETURN_COMMENTS)
                .containsEntry("approval_by", MANAGER)
                .containsEntry("created_by", COORDINATOR)
                .containsEntry("risk_tier", "high")
                .containsEntry("contact_interval_days", 7);
        Task redraft = taskOf(patient);
        assertThat(redraft.getTaskDefinitionKey()).isEqualTo(CarePlanningProcess.TASK_DRAFT_CARE_PLAN);
        assertThat(ApprovalForm.APPROVAL_COMMENTS.from(runtimeService.getVariables(instance)))
                .isEqualTo(RETURN_COMMENTS);

        completeAs(COORDINATOR, redraft, revisedDraft());
        assertThat(plan(patient, 1)).as("the returned draft is replaced").containsEntry("status", "revoked");
        assertThat(goalStatuses(patient, 1)).containsOnly("cancelled");
        assertThat(plan(patient, 2)).containsEntry("status", "draft");
        assertThat(goalStatuses(patient, 2)).containsExactly("proposed", "proposed", "proposed");

        completeAs(
                MANAGER,
                taskOf(patient),
                Map.of(ApprovalForm.APPROVAL_DECISION.name(), CarePlanningProcess.APPROVAL_APPROVE));
        Task review = taskOf(patient);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT);
        assertThat(ApprovalForm.APPROVAL_DECISION.from(runtimeService.getVariables(instance)))
                .isEqualTo("approve");

        completeAs(
                COORDINATOR,
                review,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "2026-03-10",
                        ReviewForm.AGREED_HOW.name(),
                        "in-person"));
        assertThat(plan(patient, 2))
                .containsEntry("status", "active")
                .containsEntry("approval_decision", "approve")
                .containsEntry("patient_decision", "agreed")
                .containsEntry("agreed_how", "in-person")
                .containsEntry("patient_decision_by", COORDINATOR);
        assertThat(plan(patient, 2).get("agreed_on")).hasToString("2026-03-10");
        assertThat(goalStatuses(patient, 2)).containsOnly("active");
        assertThat(jdbc.queryForList("""
                select service_type || ':' || status from referral_need where case_id = ? order by id""", String.class, patient.id()))
                .containsExactly("housing:open", "transportation:open", "behavioral-health:open");

        Task educate = taskOf(patient);
        assertThat(educate.getTaskDefinitionKey()).isEqualTo(CarePlanningProcess.TASK_EDUCATE_PATIENT);
        assertThat(Vars.MATERIAL_OPTIONS
                        .from(runtimeService.getVariables(instance))
                        .findValuesAsText("value"))
                .as("the catalogue's materials on the plan's topics")
                .containsExactly(
                        "community-211",
                        "community-benefits",
                        "mental-health-anxiety",
                        "mental-health-crisis",
                        "mental-health-mood");
        completeAs(
                COORDINATOR,
                educate,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(), json("[\"mental-health\", \"community-resources\"]"),
                        EducationForm.TEACH_BACK_CONFIRMED.name(), true,
                        EducationForm.MATERIALS_GIVEN.name(), json("[\"mental-health-crisis\", \"community-211\"]")));

        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .isZero();
        assertThat(finalValue(instance, Vars.CARE_PLAN_OUTCOME.name())).isEqualTo(CarePlanningProcess.OUTCOME_ACTIVE);
        assertThat(finalValue(instance, Vars.REFERRAL_NEEDS.name()))
                .isEqualTo(List.of("housing", "transportation", "behavioral-health"));
        assertThat(finalValue(instance, Vars.CARE_PLAN_ID.name()))
                .isEqualTo(plan(patient, 2).get("id"));
        assertThat(jdbc.queryForMap("""
                select e.topics_covered, e.teach_back_confirmed, e.recorded_by,
                       (select count(*) from education_record_material m where m.education_record_id = e.id) as materials
                from education_record e join care_plan p on p.id = e.care_plan_id where p.case_id = ?""", patient.id()))
                .containsEntry("topics_covered", "mental-health,community-resources")
                .containsEntry("teach_back_confirmed", true)
                .containsEntry("recorded_by", COORDINATOR)
                .containsEntry("materials", 2L);
    }

    @Test
    void everyVersionStaysReadableThroughTheApiNewestFirst() {
        Case patient = newCase();
        startCarePlanning(patient, true);
        completeAs(COORDINATOR, taskOf(patient), firstDraft());
        completeAs(
                MANAGER,
                taskOf(patient),
                Map.of(
                        ApprovalForm.APPROVAL_DECISION.name(),
                        CarePlanningProcess.APPROVAL_RETURN,
                        ApprovalForm.APPROVAL_COMMENTS.name(),
                        RETURN_COMMENTS));
        completeAs(COORDINATOR, taskOf(patient), revisedDraft());

        var versions = api.get("/api/cases/" + patient.id() + "/care-plans", COORDINATOR);
        assertThat(versions.status()).isEqualTo(200);
        assertThat(versions.json().findValuesAsText("version")).containsExactly("2", "1");
        assertThat(versions.json().findValuesAsText("status")).containsExactly("draft", "revoked");

        var first = api.get("/api/cases/" + patient.id() + "/care-plans/1", "reviewer")
                .json();
        assertThat(first.get("status").asText()).isEqualTo("revoked");
        assertThat(first.at("/approval/decision").asText()).isEqualTo("return");
        assertThat(first.at("/approval/comments").asText()).isEqualTo(RETURN_COMMENTS);
        assertThat(first.get("goals")).hasSize(2);

        var second = api.get("/api/cases/" + patient.id() + "/care-plans/2", COORDINATOR)
                .json();
        assertThat(second.get("problems").findValuesAsText("code"))
                .containsExactly("housing", "transportation", "mood", "readmission");
        assertThat(second.get("problems").findValuesAsText("suggested"))
                .containsExactly("true", "true", "true", "true");
        assertThat(second.get("goals").findValuesAsText("lifecycleStatus")).containsOnly("proposed");
        assertThat(second.at("/goals/2/description").asText()).isEqualTo("Follow-up visit within 7 days of discharge");
        assertThat(second.at("/interventions/0/responsible").asText()).isEqualTo("coordinator");
        assertThat(second.at("/interventions/0/status").asText()).isEqualTo("not-started");
        assertThat(second.get("barriers").toString()).isEqualTo("[\"transportation\",\"language\"]");
        assertThat(second.get("referralServices").toString())
                .isEqualTo("[\"housing\",\"transportation\",\"behavioral-health\"]");
        assertThat(second.get("educationTopics").toString()).isEqualTo("[\"mental-health\",\"community-resources\"]");

        var missing = api.get("/api/cases/" + patient.id() + "/care-plans/3", COORDINATOR);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asText()).isEqualTo("urn:carecoord:problem:care-plan-not-found");
        var noCase = api.get("/api/cases/999999999/care-plans", COORDINATOR);
        assertThat(noCase.status()).isEqualTo(404);
        assertThat(noCase.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/cases/" + patient.id() + "/care-plans", null).status())
                .isEqualTo(401);
    }

    @Test
    void patientWhoDeclinesLeavesTheCaseARevokedPlanAndNoReferralNeeds() {
        Case patient = newCase();
        String instance = startCarePlanning(patient, false);
        completeAs(COORDINATOR, taskOf(patient), firstDraft());
        Task review = taskOf(patient);
        assertThat(review.getTaskDefinitionKey())
                .as("low risk: no approval")
                .isEqualTo(CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT);

        completeAs(
                COORDINATOR, review, Map.of(ReviewForm.PATIENT_DECISION.name(), CarePlanningProcess.PATIENT_DECLINED));

        assertThat(plan(patient, 1)).containsEntry("status", "revoked").containsEntry("patient_decision", "declined");
        assertThat(goalStatuses(patient, 1)).containsOnly("rejected");
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral_need where case_id = ?", Integer.class, patient.id()))
                .isZero();
        assertThat(finalValue(instance, Vars.CARE_PLAN_OUTCOME.name())).isEqualTo(CarePlanningProcess.OUTCOME_DECLINED);
    }

    @Test
    void aGoalForAProblemNotOnThePlanIsRefusedAndNothingIsSaved() {
        Case patient = newCase();
        startCarePlanning(patient, false);
        Task draft = taskOf(patient);
        VariableMap wrong =
                firstDraft().putValueTyped(DraftForm.PROBLEMS.name(), json("[\"housing\", \"transportation\"]"));

        assertThatThrownBy(() -> completeAs(COORDINATOR, draft, wrong))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("goal 2 is for problem \"mood\"");
        assertThat(jdbc.queryForObject("select count(*) from care_plan where case_id = ?", Integer.class, patient.id()))
                .isZero();
        assertThat(taskOf(patient).getId()).isEqualTo(draft.getId());
    }

    @Test
    void aManagerWhoReturnsAPlanMustSayWhatToChange() {
        Case patient = newCase();
        startCarePlanning(patient, true);
        completeAs(COORDINATOR, taskOf(patient), firstDraft());
        Task approval = taskOf(patient);

        assertThatThrownBy(() -> completeAs(
                        MANAGER,
                        approval,
                        Map.of(ApprovalForm.APPROVAL_DECISION.name(), CarePlanningProcess.APPROVAL_RETURN)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("say in the comments");
        assertThat(taskOf(patient).getId()).isEqualTo(approval.getId());
        assertThat(plan(patient, 1)).containsEntry("approval_decision", null);
    }

    /** A referral through the API opens the case; its episode waits for consent and is not touched here. */
    private Case newCase() {
        String lastName = "Plan" + letters(UNIQUE.incrementAndGet());
        var response = api.post("/api/intakes", COORDINATOR, """
                {"patient": {"firstName": "June", "lastName": "%s", "dateOfBirth": "1950-05-05", "sex": "female",
                             "phone": "+1 555 0100 300", "preferredLanguage": "en"},
                 "program": "chronic-care", "referralSource": "hospital",
                 "reasonForReferral": "two admissions this year, missed follow-ups", "urgency": "routine"}""".formatted(lastName));
        assertThat(response.status()).isEqualTo(201);
        return new Case(
                response.json().get("caseId").asLong(),
                response.json().get("caseNumber").asText());
    }

    /** As the episode calls it: the case, the risk tier's routing facts and the assessment's findings. */
    private String startCarePlanning(Case patient, boolean approvalRequired) {
        VariableMap variables = Variables.createVariables()
                .putValue(Vars.CASE_ID.name(), patient.id())
                .putValue(Vars.CASE_NUMBER.name(), patient.number())
                .putValue(Vars.CASE_COORDINATOR.name(), COORDINATOR)
                .putValue(Vars.URGENCY.name(), "routine")
                .putValue(
                        Vars.RISK_TIER.name(),
                        approvalRequired ? CarePlanningProcess.RISK_HIGH : CarePlanningProcess.RISK_LOW)
                .putValue(Vars.CONTACT_INTERVAL_DAYS.name(), approvalRequired ? 7 : 30)
                .putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), approvalRequired)
                .putValue(Vars.HOUSING_NEED.name(), true)
                .putValue(Vars.FOOD_NEED.name(), false)
                .putValue(Vars.TRANSPORTATION_NEED.name(), true)
                .putValue(Vars.UTILITY_NEED.name(), null)
                .putValue(Vars.SAFETY_NEED.name(), false)
                .putValue(Vars.PHQ9_SEVERITY.name(), "moderately-severe")
                .putValue(Vars.GAD7_SEVERITY.name(), null)
                .putValue(Vars.ADL_FUNCTION.name(), "full")
                .putValue(Vars.READMISSION_RISK.name(), "high");
        return runtimeService
                .startProcessInstanceByKey(CarePlanningProcess.KEY, patient.number(), variables)
                .getId();
    }

    private static VariableMap firstDraft() {
        return Variables.createVariables()
                .putValueTyped(
                        DraftForm.PROBLEMS.name(), json("[\"housing\", \"transportation\", \"mood\", \"readmission\"]"))
                .putValueTyped(DraftForm.GOAL_1.name(), json("""
                        {"problem": "housing", "description": "Stay in current apartment", "measure": "Rent paid",
                         "targetDate": "2026-09-30"}"""))
                .putValueTyped(DraftForm.GOAL_2.name(), json("""
                        {"problem": "mood", "description": "Feel better most days", "measure": "PHQ-9 below 10",
                         "targetDate": "2026-06-30"}"""))
                .putValueTyped(DraftForm.GOAL_3.name(), json("""
                        {"problem": null, "description": "", "measure": "", "targetDate": null}"""))
                .putValueTyped(DraftForm.INTERVENTION_1.name(), json("""
                        {"problem": "housing", "action": "Apply for emergency rental assistance",
                         "responsible": "coordinator", "dueDate": "2026-04-01"}"""))
                .putValueTyped(DraftForm.INTERVENTION_2.name(), json("""
                        {"problem": "transportation", "action": "Book medical rides for appointments",
                         "responsible": "community-service", "dueDate": "2026-03-20"}"""))
                .putValueTyped(DraftForm.INTERVENTION_3.name(), json("""
                        {"problem": "mood", "action": "Start counselling", "responsible": "provider",
                         "dueDate": "2026-04-15"}"""))
                .putValueTyped(DraftForm.BARRIERS.name(), json("[\"transportation\", \"language\"]"))
                .putValue(DraftForm.BARRIER_NOTE.name(), "Prefers Spanish for medical conversations")
                .putValueTyped(DraftForm.EDUCATION_TOPICS.name(), json("[\"mental-health\", \"community-resources\"]"))
                .putValueTyped(
                        DraftForm.REFERRAL_SERVICES.name(),
                        json("[\"housing\", \"transportation\", \"behavioral-health\"]"));
    }

    /** The draft with the manager's comment addressed: a readmission goal in the row left empty before. */
    private static VariableMap revisedDraft() {
        return firstDraft().putValueTyped(DraftForm.GOAL_3.name(), json("""
                {"problem": "readmission", "description": "Follow-up visit within 7 days of discharge",
                 "measure": "Visit date", "targetDate": "2026-12-31"}"""));
    }

    private void completeAs(String user, Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identityService, taskService, user, task.getId(), variables);
    }

    private Task taskOf(Case patient) {
        return taskService
                .createTaskQuery()
                .processDefinitionKey(CarePlanningProcess.KEY)
                .processInstanceBusinessKey(patient.number())
                .singleResult();
    }

    private Map<String, Object> plan(Case patient, int version) {
        return jdbc.queryForMap("select * from care_plan where case_id = ? and version = ?", patient.id(), version);
    }

    private List<String> goalStatuses(Case patient, int version) {
        return jdbc.queryForList("""
                select g.lifecycle_status from care_plan_goal g join care_plan p on p.id = g.care_plan_id
                where p.case_id = ? and p.version = ? order by g.sort_order""", String.class, patient.id(), version);
    }

    private String lastName(Case patient) {
        return jdbc.queryForObject("""
                select p.last_name from patient p join care_case c on c.patient_id = p.id where c.id = ?""", String.class, patient.id());
    }

    private Object finalValue(String instance, String name) {
        return historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName(name)
                .singleResult()
                .getValue();
    }

    private static org.camunda.spin.plugin.variable.value.JsonValue json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (long n = Math.abs(number); n > 0; n /= 26) {
            text.append((char) ('a' + n % 26));
        }
        return text.toString();
    }
}
