package org.carecoord.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.conference.CaseConferenceProcess.Vars;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real {@code care-planning} and {@code case-conference} together: a plan that needs approval (high risk) is
 * discussed in a case conference first, once per planning round; a conference that decides to change the plan sends
 * the draft back; a team without planning members goes straight to approval. Care planning's own steps are no-ops
 * here (CarePlanningProcessTest tests them).
 */
@Deployment(resources = {"processes/care-planning.bpmn", "processes/case-conference.bpmn"})
class CaseConferenceBeforeApprovalProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";

    ProcessEngine processEngine;
    private RecordingConferenceService record;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(
                ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC).toInstant()));
        record = RecordingConferenceService.registerDelegates();
        JavaDelegate nothing = execution -> {};
        for (String planningStep : new String[] {
            "suggestProblemsDelegate",
            "saveCarePlanDelegate",
            "recordApprovalDelegate",
            "recordChangeRequestsDelegate",
            "revokePlanDelegate",
            "activatePlanDelegate",
            "prepareEducationMaterialsDelegate",
            "recordEducationDelegate"
        }) {
            Mocks.register(planningStep, nothing);
        }
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aHighRiskPlanIsDiscussedInAConferenceBeforeAManagerApprovesIt() {
        ProcessInstance planning = startPlanning();
        complete(task(CarePlanningProcess.TASK_DRAFT_CARE_PLAN, planning));

        ProcessInstance conference = calledProcessInstance(CaseConferenceProcess.KEY, planning);
        assertThat(conference).hasBusinessKey(CASE_NUMBER).isWaitingAt(CaseConferenceProcess.TASK_PROPOSE_TIME);
        holdConference(conference, "[\"continue-plan\"]");

        assertThat(planning).isWaitingAt(CarePlanningProcess.TASK_APPROVE_CARE_PLAN);
        complete(
                task(CarePlanningProcess.TASK_APPROVE_CARE_PLAN, planning),
                withVariables(
                        CarePlanningProcess.ApprovalForm.APPROVAL_DECISION.name(),
                        CarePlanningProcess.APPROVAL_RETURN));
        complete(task(CarePlanningProcess.TASK_DRAFT_CARE_PLAN, planning));
        assertThat(planning)
                .as("a plan returned with comments goes to approval without a second conference")
                .isWaitingAt(CarePlanningProcess.TASK_APPROVE_CARE_PLAN);
        assertThat(record.opened).hasSize(1);
    }

    @Test
    void aConferenceThatChangesThePlanSendsTheDraftBack() {
        ProcessInstance planning = startPlanning();
        complete(task(CarePlanningProcess.TASK_DRAFT_CARE_PLAN, planning));
        holdConference(calledProcessInstance(CaseConferenceProcess.KEY, planning), "[\"change-plan\"]");

        assertThat(planning).isWaitingAt(CarePlanningProcess.TASK_DRAFT_CARE_PLAN);
        complete(task(CarePlanningProcess.TASK_DRAFT_CARE_PLAN, planning));
        assertThat(planning).isWaitingAt(CarePlanningProcess.TASK_APPROVE_CARE_PLAN);
        assertThat(record.opened).hasSize(1);
    }

    @Test
    void withoutPlanningMembersThePlanGoesStraightToApproval() {
        record.planningMembers = 0;
        ProcessInstance planning = startPlanning();
        complete(task(CarePlanningProcess.TASK_DRAFT_CARE_PLAN, planning));

        assertThat(planning)
                .hasPassed(CaseConferenceProcess.PLANNING_CALL)
                .isWaitingAt(CarePlanningProcess.TASK_APPROVE_CARE_PLAN);
        assertThat(record.opened).isEmpty();
    }

    private ProcessInstance startPlanning() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_ID.name(), 42L);
        variables.put(Vars.CASE_NUMBER.name(), CASE_NUMBER);
        variables.put(Vars.CASE_COORDINATOR.name(), COORDINATOR);
        variables.put(CarePlanningProcess.Vars.PLAN_APPROVAL_REQUIRED.name(), true);
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(CarePlanningProcess.KEY, CASE_NUMBER, variables);
    }

    private void holdConference(ProcessInstance conference, String decisions) {
        complete(
                task(CaseConferenceProcess.TASK_PROPOSE_TIME, conference),
                withVariables(
                        Fields.DATE.name(), "12/03/2026",
                        Fields.TIME.name(), "14:00",
                        Fields.DURATION_MINUTES.name(), 45,
                        Fields.PLACE.name(), "Video call"));
        JobRunner.runDueJobs(processEngine.getManagementService());
        complete(
                task(CaseConferenceProcess.TASK_RECORD, conference),
                Variables.createVariables()
                        .putValueTyped(
                                Fields.ATTENDEES.name(),
                                SpinValues.jsonValue("[\"coordinator\"]").create())
                        .putValue(Fields.SUMMARY.name(), "Discussed the draft.")
                        .putValueTyped(
                                Fields.DECISIONS.name(),
                                SpinValues.jsonValue(decisions).create()));
        assertThat(conference).isEnded();
    }
}
