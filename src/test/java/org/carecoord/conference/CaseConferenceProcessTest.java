package org.carecoord.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.conference.CaseConferenceProcess.*;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.cases.StageStubs;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.conference.CaseConferenceProcess.Vars;
import org.carecoord.security.Groups;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process {@code case-conference} on its own, with the real delegates over a recording stand-in of the conference
 * record and a one-task stand-in of {@code care-planning}. The timer follows a moved clock. A conference that did not
 * take place goes back to a new time.
 */
@Deployment(resources = "processes/case-conference.bpmn")
class CaseConferenceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    /** Tuesday 1 December 2026, 09:00 UTC. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingConferenceService record;
    private String stubDeployment;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        record = RecordingConferenceService.registerDelegates();
        stubDeployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .addString("care-planning.bpmn", StageStubs.CARE_PLANNING)
                .deploy()
                .getId();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        processEngine.getRepositoryService().deleteDeployment(stubDeployment, true);
    }

    @Test
    void withoutPlanningMembersThereIsNothingToHold() {
        record.planningMembers = 0;

        ProcessInstance conference = start(REASON_PLAN_APPROVAL);

        assertThat(conference).hasPassed(END_NOT_NEEDED).isEnded();
        assertThat(record.opened).as("no conference row for nothing").isEmpty();
        assertThat(record.invited).isEmpty();
    }

    @Test
    void proposedTimeInvitesTheTeamAndTheRecordEndsTheConference() {
        ProcessInstance conference = start(REASON_REQUEST);

        assertThat(conference).hasBusinessKey(CASE_NUMBER).isWaitingAt(TASK_PROPOSE_TIME);
        assertThat(task(TASK_PROPOSE_TIME, conference))
                .isAssignedTo(COORDINATOR)
                .hasCandidateGroupAssociated(Groups.COORDINATORS);
        proposeThursdayAtTwo(conference);

        assertThat(conference).as("invitations are sent by a retried job").isWaitingAt(TASK_SEND_INVITATIONS);
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(record.invited).containsExactly(500L);
        assertThat(record.scheduled)
                .containsExactly(new RecordingConferenceService.Scheduled(
                        500L, Instant.parse("2026-12-03T14:00:00Z"), 45, "Video call"));
        assertThat(conference).isWaitingAt(TASK_RECORD);
        assertThat(task(TASK_RECORD, conference).getDueDate())
                .as("due by the end of the business day after the conference")
                .isEqualTo(Date.from(Instant.parse("2026-12-04T17:00:00Z")));
        assertThat(Vars.ATTENDEE_OPTIONS.from(runtimeVariables(conference))).hasSize(3);

        recordConference(conference, List.of("continue-plan"));

        assertThat(conference).hasPassed(END_RECORDED).isEnded();
        assertThat(record.recorded)
                .containsExactly(new RecordingConferenceService.Recorded(
                        500L, List.of("coordinator", "1"), "Discussed meals and sleep.", List.of("continue-plan")));
        assertThat(conference).variables().doesNotContainKeys(Fields.SUMMARY.name(), Fields.DATE.name());
    }

    @Test
    void aConferenceThatDidNotTakePlaceGetsANewTimeAndTheSameInvitationsChange() {
        ProcessInstance conference = start(REASON_REQUEST);
        proposeThursdayAtTwo(conference);
        JobRunner.runDueJobs(processEngine.getManagementService());

        complete(task(TASK_RECORD, conference), withVariables(Fields.HELD.name(), NOT_HELD));

        assertThat(conference).hasPassed(GATEWAY_TOOK_PLACE, TASK_NOT_HELD).isWaitingAt(TASK_PROPOSE_TIME);
        assertThat(task(TASK_PROPOSE_TIME, conference)).isAssignedTo(COORDINATOR);
        assertThat(record.notHeld).containsExactly(500L);
        assertThat(record.recorded)
                .as("nothing recorded for a conference not held")
                .isEmpty();
        assertThat(conference)
                .as("the next record form starts blank")
                .variables()
                .doesNotContainKeys(Fields.HELD.name());

        propose(conference, "12/08/2026", "10:00", 30, "Clinic, room 2");
        JobRunner.runDueJobs(processEngine.getManagementService());

        assertThat(record.invited).as("the same conference invites again").containsExactly(500L, 500L);
        assertThat(record.scheduled.get(1))
                .isEqualTo(new RecordingConferenceService.Scheduled(
                        500L, Instant.parse("2026-12-08T10:00:00Z"), 30, "Clinic, room 2"));
        assertThat(task(TASK_RECORD, conference).getDueDate())
                .as("due by the end of the business day after the new time")
                .isEqualTo(Date.from(Instant.parse("2026-12-09T17:00:00Z")));
        recordConference(conference, List.of("continue-plan"));
        assertThat(conference).hasPassed(END_RECORDED).isEnded();
        assertThat(record.recorded).hasSize(1);
    }

    @Test
    void notRecordedByTheNextBusinessDayTellsTheManagersAndTheTaskStays() {
        ProcessInstance conference = start(REASON_REQUEST);
        proposeThursdayAtTwo(conference);
        JobRunner.runDueJobs(processEngine.getManagementService());

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T16:59:00Z")));
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(conference).as("not yet: Friday's business day is open").isWaitingAt(TASK_RECORD);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T17:01:00Z")));
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(conference).isWaitingAt(TASK_RECORD, TASK_OVERDUE);
        assertThat(task(TASK_OVERDUE, conference)).hasCandidateGroup(Groups.MANAGERS);

        complete(task(TASK_OVERDUE, conference), withVariables(Fields.OVERDUE_ACTION.name(), "coordinator-reminded"));
        assertThat(conference).hasPassed(END_MANAGER_TOLD).isWaitingAt(TASK_RECORD);

        recordConference(conference, List.of());
        assertThat(conference).hasPassed(END_RECORDED).isEnded();
    }

    @Test
    void aDecisionToChangeThePlanRevisesItThroughCarePlanningAndRefersItsNewServices() {
        ProcessInstance conference = start(REASON_REQUEST);
        proposeThursdayAtTwo(conference);
        JobRunner.runDueJobs(processEngine.getManagementService());

        recordConference(conference, List.of("change-plan", "new-referral"));

        assertThat(conference).hasPassed(TASK_PREPARE_REVISION).isWaitingAt(CALL_REVISE_PLAN);
        ProcessInstance planning = calledProcessInstance(StageStubs.CARE_PLANNING_KEY, conference);
        assertThat(planning).hasBusinessKey(CASE_NUMBER);
        Map<String, Object> given = processEngine.getRuntimeService().getVariables(planning.getId());
        assertThat(given)
                .as("care planning knows a conference was held, so it holds no second one")
                .containsEntry(Vars.CONFERENCE_ID.name(), 500L)
                .containsEntry("riskTier", "high");
        complete(
                task("Work", planning),
                withVariables(CarePlanningProcess.Vars.CARE_PLAN_OUTCOME.name(), CarePlanningProcess.OUTCOME_ACTIVE));

        assertThat(conference)
                .hasPassed(TASK_START_PLAN_REFERRALS, END_PLAN_REVISED)
                .isEnded();
        assertThat(record.referralsStarted).containsExactly(42L);
    }

    @Test
    void aRevisedPlanThePatientDeclinesEndsTheConferenceWithoutReferrals() {
        ProcessInstance conference = start(REASON_REQUEST);
        proposeThursdayAtTwo(conference);
        JobRunner.runDueJobs(processEngine.getManagementService());
        recordConference(conference, List.of("change-plan"));

        ProcessInstance planning = calledProcessInstance(StageStubs.CARE_PLANNING_KEY, conference);
        complete(
                task("Work", planning),
                withVariables(CarePlanningProcess.Vars.CARE_PLAN_OUTCOME.name(), CarePlanningProcess.OUTCOME_DECLINED));

        assertThat(conference).hasPassed(END_REVISED_PLAN_DECLINED).isEnded();
        assertThat(record.referralsStarted).isEmpty();
    }

    @Test
    void calledBeforeAPlanApprovalADecisionToChangeThePlanGoesBackToTheCaller() {
        ProcessInstance conference = start(REASON_PLAN_APPROVAL);
        proposeThursdayAtTwo(conference);
        JobRunner.runDueJobs(processEngine.getManagementService());

        recordConference(conference, List.of("change-plan"));

        assertThat(conference).hasPassed(END_RECORDED).hasNotPassed(CALL_REVISE_PLAN);
        assertThat(processEngine
                        .getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(conference.getId())
                        .variableName(Vars.PLAN_CHANGE.name())
                        .singleResult()
                        .getValue())
                .isEqualTo(true);
    }

    private ProcessInstance start(String reason) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_ID.name(), 42L);
        variables.put(Vars.CASE_NUMBER.name(), CASE_NUMBER);
        variables.put(Vars.CASE_COORDINATOR.name(), COORDINATOR);
        variables.put(Vars.REASON.name(), reason);
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, CASE_NUMBER, variables);
    }

    private void proposeThursdayAtTwo(ProcessInstance conference) {
        propose(conference, "12/03/2026", "14:00", 45, "Video call");
    }

    private void propose(ProcessInstance conference, String date, String time, int minutes, String place) {
        complete(
                task(TASK_PROPOSE_TIME, conference),
                withVariables(
                        Fields.DATE.name(), date,
                        Fields.TIME.name(), time,
                        Fields.DURATION_MINUTES.name(), minutes,
                        Fields.PLACE.name(), place));
    }

    private void recordConference(ProcessInstance conference, List<String> decisions) {
        complete(
                task(TASK_RECORD, conference),
                Variables.createVariables()
                        .putValue(Fields.HELD.name(), HELD)
                        .putValueTyped(Fields.ATTENDEES.name(), json(List.of("coordinator", "1")))
                        .putValue(Fields.SUMMARY.name(), "Discussed meals and sleep.")
                        .putValueTyped(Fields.DECISIONS.name(), json(decisions)));
    }

    /** A checklist as Tasklist submits it: a JSON array. */
    private static TypedValue json(List<String> values) {
        return SpinValues.jsonValue(
                        values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]")))
                .create();
    }

    private Map<String, Object> runtimeVariables(ProcessInstance conference) {
        return processEngine.getRuntimeService().getVariables(conference.getId());
    }
}
