package org.carecoord.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carecoord.careplan.CarePlanningProcess.END_PLAN_ACTIVE;
import static org.carecoord.careplan.CarePlanningProcess.END_PLAN_DECLINED;
import static org.carecoord.careplan.CarePlanningProcess.TASK_ACTIVATE_PLAN;
import static org.carecoord.careplan.CarePlanningProcess.TASK_APPROVE_CARE_PLAN;
import static org.carecoord.careplan.CarePlanningProcess.TASK_DRAFT_CARE_PLAN;
import static org.carecoord.careplan.CarePlanningProcess.TASK_EDUCATE_PATIENT;
import static org.carecoord.careplan.CarePlanningProcess.TASK_PREPARE_EDUCATION_MATERIALS;
import static org.carecoord.careplan.CarePlanningProcess.TASK_RECORD_APPROVAL;
import static org.carecoord.careplan.CarePlanningProcess.TASK_RECORD_CHANGE_REQUESTS;
import static org.carecoord.careplan.CarePlanningProcess.TASK_RECORD_EDUCATION;
import static org.carecoord.careplan.CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT;
import static org.carecoord.careplan.CarePlanningProcess.TASK_REVOKE_PLAN;
import static org.carecoord.careplan.CarePlanningProcess.TASK_SAVE_CARE_PLAN;
import static org.carecoord.careplan.CarePlanningProcess.TASK_SUGGEST_PROBLEMS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess.ApprovalForm;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.GoalRow;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.carecoord.careplan.RecordingCarePlanService.Activation;
import org.carecoord.careplan.RecordingCarePlanService.Approval;
import org.carecoord.security.Groups;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/care-planning.bpmn")
class CarePlanningProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    private static final LocalDate AGREED_ON = LocalDate.of(2026, 3, 9);

    ProcessEngine processEngine;
    private RecordingCarePlanService plans;

    /** The case conference before approval, as a stand-in that ends at once (CaseConferenceBeforeApprovalProcessTest). */
    private static final String NO_CONFERENCE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                         xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
              <process id="case-conference" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="Start" />
                <sequenceFlow id="F1" sourceRef="Start" targetRef="End" />
                <endEvent id="End" />
              </process>
            </definitions>""";

    private String conferenceStub;

    @BeforeEach
    void registerDelegates() {
        plans = RecordingCarePlanService.registerDelegates();
        conferenceStub = processEngine
                .getRepositoryService()
                .createDeployment()
                .addString("case-conference.bpmn", NO_CONFERENCE)
                .deploy()
                .getId();
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
        processEngine.getRepositoryService().deleteDeployment(conferenceStub, true);
    }

    @Test
    void lowRiskPlanNeedsNoApprovalAndIsActiveOnceAgreedAndTaught() {
        ProcessInstance planning = start(Variables.createVariables()
                .putValue(Vars.RISK_TIER.name(), CarePlanningProcess.RISK_LOW)
                .putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), false)
                .putValue(Vars.FOOD_NEED.name(), true)
                .putValue(Vars.PHQ9_SEVERITY.name(), "moderate")
                .putValue(Vars.GAD7_SEVERITY.name(), "mild"));

        assertThat(planning).hasPassed(TASK_SUGGEST_PROBLEMS).isWaitingAt(TASK_DRAFT_CARE_PLAN);
        assertThat(task(planning)).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        assertThat(variable(planning, DraftForm.PROBLEMS))
                .as("pre-checked on the draft form")
                .containsExactly("food", "mood");

        complete(task(planning), draft(List.of("food", "mood"), "community-resources"));
        assertThat(planning)
                .hasPassed(TASK_SAVE_CARE_PLAN)
                .hasNotPassed(TASK_APPROVE_CARE_PLAN)
                .isWaitingAt(TASK_REVIEW_PLAN_WITH_PATIENT);
        assertThat(task(planning)).isAssignedTo(COORDINATOR);
        assertThat(plans.drafts).singleElement().satisfies(saved -> {
            assertThat(saved.caseId()).isEqualTo(CASE_ID);
            assertThat(saved.problems()).containsExactly("food", "mood");
            assertThat(saved.suggestedProblems()).containsExactly("food", "mood");
            assertThat(saved.goals()).extracting(Goal::problem).containsExactly("food", "mood");
            assertThat(saved.interventions())
                    .extracting(Intervention::responsible)
                    .containsExactly("community-service", "provider");
        });
        assertThat(planning)
                .variables()
                .containsEntry(Vars.CARE_PLAN_ID.name(), 101L)
                .containsEntry(Vars.CARE_PLAN_VERSION.name(), 1);
        assertThat(variable(planning, Vars.GOALS).findValuesAsText(GoalRow.DESCRIPTION))
                .as("listed for the review form")
                .containsExactly("Better food within three months", "Better mood within three months");

        complete(task(planning), agreed());
        assertThat(planning)
                .hasPassed(TASK_ACTIVATE_PLAN, TASK_PREPARE_EDUCATION_MATERIALS)
                .isWaitingAt(TASK_EDUCATE_PATIENT);
        assertThat(plans.activations).containsExactly(new Activation(101L, AGREED_ON, "in-person"));
        assertThat(variable(planning, Vars.MATERIAL_OPTIONS).findValuesAsText("value"))
                .as("materials on the plan's topics")
                .containsExactly("community-211");
        assertThat(variable(planning, EducationForm.TOPICS_COVERED))
                .as("topics pre-checked")
                .containsExactly("community-resources");

        complete(
                task(planning),
                Map.of(
                        EducationForm.TOPICS_COVERED.name(),
                        json("[\"community-resources\"]"),
                        EducationForm.TEACH_BACK_CONFIRMED.name(),
                        true,
                        EducationForm.MATERIALS_GIVEN.name(),
                        json("[\"community-211\"]")));
        assertThat(planning).hasPassed(TASK_RECORD_EDUCATION, END_PLAN_ACTIVE).isEnded();
        assertThat(plans.education)
                .containsExactly(new RecordingCarePlanService.Education(
                        101L, List.of("community-resources"), true, List.of("community-211")));
        assertThat(finalValue(planning, Vars.CARE_PLAN_OUTCOME)).isEqualTo(CarePlanningProcess.OUTCOME_ACTIVE);
        assertThat(finalValue(planning, Vars.REFERRAL_NEEDS))
                .as("a java.util.List for the episode")
                .isEqualTo(List.of("food-assistance", "behavioral-health"));
        assertThat(finalValue(planning, Vars.CARE_PLAN_ID)).isEqualTo(101L);
    }

    @Test
    void highRiskPlanReturnedWithCommentsIsRedraftedAndThenApproved() {
        ProcessInstance planning = start(Variables.createVariables()
                .putValue(Vars.RISK_TIER.name(), CarePlanningProcess.RISK_HIGH)
                .putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), true)
                .putValue(Vars.HOUSING_NEED.name(), true)
                .putValue(Vars.READMISSION_RISK.name(), "high"));
        complete(task(planning), draft(List.of("housing", "readmission"), null));

        assertThat(planning).isWaitingAt(TASK_APPROVE_CARE_PLAN);
        assertThat(task(planning)).hasCandidateGroup(Groups.MANAGERS).isNotAssigned();

        complete(
                task(planning),
                Map.of(
                        ApprovalForm.APPROVAL_DECISION.name(),
                        CarePlanningProcess.APPROVAL_RETURN,
                        ApprovalForm.APPROVAL_COMMENTS.name(),
                        "Add a follow-up visit within 7 days of discharge"));
        assertThat(planning).hasPassed(TASK_RECORD_APPROVAL).isWaitingAt(TASK_DRAFT_CARE_PLAN);
        assertThat(task(planning)).isAssignedTo(COORDINATOR);
        assertThat(planning)
                .variables()
                .as("the draft form shows why it came back")
                .containsEntry(ApprovalForm.APPROVAL_DECISION.name(), CarePlanningProcess.APPROVAL_RETURN)
                .containsEntry(
                        ApprovalForm.APPROVAL_COMMENTS.name(), "Add a follow-up visit within 7 days of discharge");

        complete(task(planning), draft(List.of("housing", "readmission"), null));
        assertThat(planning).isWaitingAt(TASK_APPROVE_CARE_PLAN);
        assertThat(planning)
                .variables()
                .as("the next approver starts afresh")
                .doesNotContainKeys(ApprovalForm.APPROVAL_DECISION.name(), ApprovalForm.APPROVAL_COMMENTS.name())
                .containsEntry(Vars.CARE_PLAN_ID.name(), 102L)
                .containsEntry(Vars.CARE_PLAN_VERSION.name(), 2);

        complete(task(planning), Map.of(ApprovalForm.APPROVAL_DECISION.name(), CarePlanningProcess.APPROVAL_APPROVE));
        assertThat(planning).isWaitingAt(TASK_REVIEW_PLAN_WITH_PATIENT);
        assertThat(plans.drafts).hasSize(2);
        assertThat(plans.approvals)
                .containsExactly(
                        new Approval(
                                101L,
                                CarePlanningProcess.APPROVAL_RETURN,
                                "Add a follow-up visit within 7 days of discharge"),
                        new Approval(102L, CarePlanningProcess.APPROVAL_APPROVE, null));
    }

    @Test
    void missingApprovalAnswerSendsThePlanToAManager() {
        ProcessInstance planning =
                start(Variables.createVariables().putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), null));
        complete(task(planning), draft(List.of("medications"), null));

        assertThat(planning).isWaitingAt(TASK_APPROVE_CARE_PLAN);
    }

    @Test
    void patientAskingForChangesSendsThePlanBackToTheDraft() {
        ProcessInstance planning = start(Variables.createVariables()
                .putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), false)
                .putValue(Vars.TRANSPORTATION_NEED.name(), true));
        complete(task(planning), draft(List.of("transportation"), null));

        complete(
                task(planning),
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_CHANGES_REQUESTED,
                        ReviewForm.PATIENT_CHANGE_REQUESTS.name(),
                        "Rides on Tuesdays only; daughter drives otherwise"));
        assertThat(planning)
                .hasPassed(TASK_RECORD_CHANGE_REQUESTS)
                .hasNotPassed(TASK_ACTIVATE_PLAN)
                .isWaitingAt(TASK_DRAFT_CARE_PLAN);
        assertThat(plans.changeRequests).containsExactly("Rides on Tuesdays only; daughter drives otherwise");
        assertThat(planning)
                .variables()
                .as("the draft form shows what the patient asked for")
                .containsEntry(
                        ReviewForm.PATIENT_CHANGE_REQUESTS.name(), "Rides on Tuesdays only; daughter drives otherwise");
        assertThat(variable(planning, DraftForm.PROBLEMS))
                .as("the draft keeps what was drafted")
                .containsExactly("transportation");

        complete(task(planning), draft(List.of("transportation"), null));
        assertThat(planning).isWaitingAt(TASK_REVIEW_PLAN_WITH_PATIENT);
        assertThat(planning)
                .variables()
                .doesNotContainKeys(ReviewForm.PATIENT_DECISION.name(), ReviewForm.PATIENT_CHANGE_REQUESTS.name());
        complete(task(planning), agreed());
        assertThat(plans.activations).extracting(Activation::planId).containsExactly(102L);
    }

    @Test
    void patientDecliningRevokesThePlanAndEndsDeclined() {
        ProcessInstance planning = start(Variables.createVariables()
                .putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), false)
                .putValue(Vars.GAD7_SEVERITY.name(), "severe"));
        complete(task(planning), draft(List.of("anxiety"), null));

        complete(task(planning), Map.of(ReviewForm.PATIENT_DECISION.name(), CarePlanningProcess.PATIENT_DECLINED));

        assertThat(planning)
                .hasPassed(TASK_REVOKE_PLAN, END_PLAN_DECLINED)
                .hasNotPassed(TASK_ACTIVATE_PLAN)
                .isEnded();
        assertThat(plans.declined).containsExactly(101L);
        assertThat(plans.activations).isEmpty();
        assertThat(finalValue(planning, Vars.CARE_PLAN_OUTCOME)).isEqualTo(CarePlanningProcess.OUTCOME_DECLINED);
        assertThat(finalValue(planning, Vars.CARE_PLAN_ID)).isEqualTo(101L);
    }

    @Test
    void assessmentNotAdministeredSuggestsNothingAndTheCoordinatorChooses() {
        ProcessInstance planning =
                start(Variables.createVariables().putValue(Vars.PLAN_APPROVAL_REQUIRED.name(), false));

        assertThat(planning).isWaitingAt(TASK_DRAFT_CARE_PLAN);
        assertThat(variable(planning, DraftForm.PROBLEMS)).isEmpty();
    }

    private ProcessInstance start(VariableMap assessment) {
        VariableMap variables = Variables.createVariables()
                .putValue(Vars.CASE_ID.name(), CASE_ID)
                .putValue(Vars.CASE_NUMBER.name(), CASE_NUMBER)
                .putValue(Vars.CASE_COORDINATOR.name(), COORDINATOR)
                .putValue(Vars.URGENCY.name(), "routine")
                .putValue(Vars.CONTACT_INTERVAL_DAYS.name(), 14);
        variables.putAll(assessment);
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(CarePlanningProcess.KEY, CASE_NUMBER, variables);
    }

    /** What the "Draft care plan" form submits: a goal and an intervention row per problem, as Tasklist's Json. */
    private static VariableMap draft(List<String> problems, String educationTopic) {
        VariableMap form = Variables.createVariables();
        for (int i = 0; i < problems.size(); i++) {
            String problem = problems.get(i);
            form.putValueTyped(DraftForm.GOAL_ROWS.get(i).name(), json("""
                    {"problem": "%s", "description": "Better %s within three months", "measure": "Patient report",
                     "targetDate": "2026-06-30"}""".formatted(problem, problem)));
            form.putValueTyped(DraftForm.INTERVENTION_ROWS.get(i).name(), json("""
                    {"problem": "%s", "action": "Arrange support for %s", "responsible": "%s",
                     "dueDate": "2026-04-15"}""".formatted(
                            problem, problem, i == 0 ? "community-service" : "provider")));
        }
        String services = problems.contains("food") ? "[\"food-assistance\", \"behavioral-health\"]" : "[]";
        return form.putValueTyped(
                        DraftForm.PROBLEMS.name(),
                        json(problems.stream()
                                .map(p -> "\"" + p + "\"")
                                .collect(java.util.stream.Collectors.joining(",", "[", "]"))))
                .putValueTyped(DraftForm.BARRIERS.name(), json("[\"transportation\"]"))
                .putValue(DraftForm.BARRIER_NOTE.name(), "No car; bus stop 1 mile away")
                .putValueTyped(
                        DraftForm.EDUCATION_TOPICS.name(),
                        json(educationTopic == null ? "[]" : "[\"" + educationTopic + "\"]"))
                .putValueTyped(DraftForm.REFERRAL_SERVICES.name(), json(services));
    }

    private static Map<String, Object> agreed() {
        return Map.of(
                ReviewForm.PATIENT_DECISION.name(),
                CarePlanningProcess.PATIENT_AGREED,
                ReviewForm.AGREED_ON.name(),
                AGREED_ON.toString(),
                ReviewForm.AGREED_HOW.name(),
                "in-person");
    }

    private static org.camunda.spin.plugin.variable.value.JsonValue json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private <T> T variable(ProcessInstance instance, Var<T> var) {
        return var.from(processEngine.getRuntimeService().getVariables(instance.getId()));
    }

    /** A variable's last value as the engine holds it, read from history because the instance has ended. */
    private Object finalValue(ProcessInstance instance, Var<?> var) {
        return processEngine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(var.name())
                .singleResult()
                .getValue();
    }
}
