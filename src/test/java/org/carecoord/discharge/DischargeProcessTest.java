package org.carecoord.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carecoord.discharge.DischargeProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
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
import org.carecoord.benefits.BenefitsProcess;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.security.Groups;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.JsonVariables;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/discharge.bpmn", "processes/referral.bpmn", "discharge/discharge-test-caller.bpmn"})
class DischargeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    private static final long PLAN_ID = 9L;
    /** Monday 2 March 2026, 10:00 UTC. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingDischargeService discharges;

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        discharges = RecordingDischargeService.registerDelegates(processEngine.getRuntimeService());
        Mocks.register(
                "businessCalendar",
                new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), new EngineClock()));
        // the referral process only as far as "Select provider": enough to be a running instance of the case
        Mocks.register("openReferralDelegate", (JavaDelegate)
                execution -> ReferralProcess.Vars.REFERRAL_ID.set(execution, 500L));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void goalsMetFinishesTheCaseCompletesThePlanAndTellsEveryone() {
        ProcessInstance discharge = start(PLAN_ID, REASON_GOALS_MET, "plan review: all goals met");

        assertThat(discharge).hasPassed(TASK_GATHER_SUMMARY_DATA).isWaitingAt(TASK_PREPARE_SUMMARY);
        assertThat(task(discharge)).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        assertThat(task(discharge)
                        .getDueDate()
                        .toInstant()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate())
                .as("two business days")
                .isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(discharge)
                .variables()
                .containsEntry(Vars.GOAL_LABELS.get(0).name(), "Food: Enough food every week")
                .containsEntry(Vars.GOAL_LABELS.get(1).name(), "Mood: PHQ-9 under 10")
                .doesNotContainKey(Vars.GOAL_LABELS.get(2).name())
                .containsEntry(Vars.FINAL_RISK_TIER.name(), "medium")
                .containsEntry(Vars.DISCHARGE_REASON.name(), REASON_GOALS_MET);
        assertThat(JsonVariables.rows(variable(discharge, Vars.FINAL_SCORES)))
                .singleElement()
                .hasToString("{\"instrument\":\"PHQ-9 (depression)\",\"score\":\"12\",\"band\":\"moderate\"}");

        complete(task(discharge), summary(REASON_GOALS_MET, null, "achieved", "improving"));
        assertThat(discharge).as("the rest runs in its own transaction").isWaitingAt(TASK_STOP_REFERRAL_PROCESSES);
        assertThat(discharges.summaries)
                .containsExactly(new RecordingDischargeService.Summary(
                        CASE_ID,
                        PLAN_ID,
                        REASON_GOALS_MET,
                        Arrays.asList("achieved", "improving", null, null, null),
                        "Goals met; PCP follows up",
                        null));

        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(discharge)
                .hasPassed(TASK_CANCEL_OPEN_REFERRALS, TASK_NOTIFY_PATIENT, TASK_CLOSE_EPISODE, END_DISCHARGED)
                .isEnded();
        assertThat(discharges.referralsCancelledFor).containsExactly(CASE_NUMBER + " by " + COORDINATOR);
        assertThat(discharges.patientsNotified).containsExactly(CASE_ID);
        assertThat(discharges.closed).containsExactly(CASE_ID);
        assertThat(historicVariable(discharge, Vars.DISCHARGE_OUTCOME)).isEqualTo(OUTCOME_FINISHED);
    }

    @Test
    void aDeceasedPatientGetsNoMailButProvidersAreStillTold() {
        ProcessInstance discharge = start(PLAN_ID, REASON_DECEASED, "reported by the daughter");
        assertThat(discharge).variables().containsEntry(Vars.DISCHARGE_NOTE.name(), "reported by the daughter");

        complete(task(discharge), summary(REASON_DECEASED, null, "not-attainable", "not-attainable"));
        JobRunner.runDueJobs(processEngine.getManagementService());

        assertThat(discharge)
                .hasPassed(TASK_CANCEL_OPEN_REFERRALS, TASK_CLOSE_EPISODE)
                .hasNotPassed(TASK_NOTIFY_PATIENT)
                .isEnded();
        assertThat(discharges.patientsNotified).isEmpty();
        assertThat(discharges.referralsCancelledFor).hasSize(1);
        assertThat(historicVariable(discharge, Vars.DISCHARGE_OUTCOME)).isEqualTo(OUTCOME_FINISHED);
    }

    @Test
    void theCoordinatorCanCorrectTheProposedReasonAndATransferNamesTheReceivingOrganisation() {
        ProcessInstance discharge = start(PLAN_ID, REASON_PATIENT_DECLINED, null);

        complete(task(discharge), summary(REASON_TRANSFERRED, "Springfield Health Home", "improving", "improving"));
        JobRunner.runDueJobs(processEngine.getManagementService());

        assertThat(discharges.summaries)
                .extracting(
                        RecordingDischargeService.Summary::reason,
                        RecordingDischargeService.Summary::receivingOrganisation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(REASON_TRANSFERRED, "Springfield Health Home"));
        assertThat(discharge).hasPassed(TASK_NOTIFY_PATIENT).isEnded();
        assertThat(historicVariable(discharge, Vars.DISCHARGE_REASON)).isEqualTo(REASON_TRANSFERRED);
    }

    @Test
    void anEpisodeEndingBeforeAPlanWasActiveHasNoGoalsToRateAndIsCancelled() {
        ProcessInstance discharge = start(null, REASON_PATIENT_DECLINED, "withdrew during the assessment");

        assertThat(discharge).isWaitingAt(TASK_PREPARE_SUMMARY);
        assertThat(discharge)
                .variables()
                .doesNotContainKeys(Var.names(Vars.GOAL_LABELS).toArray(String[]::new))
                .containsEntry(Vars.FINAL_RISK_TIER.name(), null);
        assertThat(JsonVariables.rows(variable(discharge, Vars.FINAL_SCORES))).isEmpty();

        complete(task(discharge), summary(REASON_PATIENT_DECLINED, null));
        JobRunner.runDueJobs(processEngine.getManagementService());

        assertThat(discharge)
                .hasPassed(TASK_CANCEL_OPEN_REFERRALS, TASK_NOTIFY_PATIENT, TASK_CLOSE_EPISODE)
                .isEnded();
        assertThat(historicVariable(discharge, Vars.DISCHARGE_OUTCOME)).isEqualTo(OUTCOME_CANCELLED);
    }

    @Test
    void adHocReferralProcessesOfTheCaseEndButTheCallerAndItsOwnReferralAndOtherCasesAreUntouched() {
        var runtime = processEngine.getRuntimeService();
        ProcessInstance adHoc = runtime.startProcessInstanceByKey(ReferralProcess.KEY, CASE_NUMBER, referralVars());
        ProcessInstance otherCase =
                runtime.startProcessInstanceByKey(ReferralProcess.KEY, "CC-2026-000043", referralVars());
        Map<String, Object> callerVars = new HashMap<>(referralVars());
        callerVars.putAll(dischargeVars(PLAN_ID, REASON_GOALS_MET, null));
        ProcessInstance caller = runtime.startProcessInstanceByKey("discharge-test-caller", CASE_NUMBER, callerVars);
        ProcessInstance ownReferral = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId())
                .processDefinitionKey(ReferralProcess.KEY)
                .singleResult();
        ProcessInstance discharge = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(caller.getId())
                .processDefinitionKey(KEY)
                .singleResult();

        complete(task(discharge), summary(REASON_GOALS_MET, null, "achieved", "achieved"));
        JobRunner.runDueJobs(processEngine.getManagementService());

        assertThat(discharge).hasPassed(TASK_STOP_REFERRAL_PROCESSES).isEnded();
        assertThat(adHoc).isEnded();
        assertThat(processEngine
                        .getHistoryService()
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(adHoc.getId())
                        .singleResult()
                        .getDeleteReason())
                .isEqualTo(PATIENT_DISCHARGED);
        assertThat(otherCase).isWaitingAt(ReferralProcess.TASK_SELECT_PROVIDER);
        assertThat(ownReferral)
                .as("ends with the episode, not with the discharge")
                .isWaitingAt(ReferralProcess.TASK_SELECT_PROVIDER);
        assertThat(caller)
                .isWaitingAt("Task_AfterDischarge")
                .variables()
                .containsEntry(Vars.DISCHARGE_OUTCOME.name(), OUTCOME_FINISHED);
    }

    @Test
    void conferencesAndBenefitProblemsStartedBesideTheEpisodeEndWithTheDischarge() {
        var runtime = processEngine.getRuntimeService();
        var deployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .addModelInstance("conference.bpmn", waitingStandIn(CaseConferenceProcess.KEY))
                .addModelInstance("benefits.bpmn", waitingStandIn(BenefitsProcess.KEY))
                .deploy();
        try {
            ProcessInstance conference = runtime.startProcessInstanceByKey(CaseConferenceProcess.KEY, CASE_NUMBER);
            ProcessInstance benefits = runtime.startProcessInstanceByKey(BenefitsProcess.KEY, CASE_NUMBER);
            ProcessInstance otherCase = runtime.startProcessInstanceByKey(BenefitsProcess.KEY, "CC-2026-000043");
            ProcessInstance discharge = start(PLAN_ID, REASON_GOALS_MET, null);

            complete(task(discharge), summary(REASON_GOALS_MET, null, "achieved", "achieved"));
            JobRunner.runDueJobs(processEngine.getManagementService());

            assertThat(discharge).hasPassed(TASK_STOP_REFERRAL_PROCESSES).isEnded();
            assertThat(conference).isEnded();
            assertThat(benefits).isEnded();
            assertThat(otherCase).isWaitingAt("Task_Wait");
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    /** A process with the key of a stage started beside the episode, waiting at one task. */
    private static org.camunda.bpm.model.bpmn.BpmnModelInstance waitingStandIn(String key) {
        return org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Wait")
                .endEvent()
                .done();
    }

    private ProcessInstance start(Long carePlanId, String reason, String note) {
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(KEY, CASE_NUMBER, dischargeVars(carePlanId, reason, note));
    }

    private static Map<String, Object> dischargeVars(Long carePlanId, String reason, String note) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Vars.CASE_ID.name(), CASE_ID);
        vars.put(Vars.CASE_NUMBER.name(), CASE_NUMBER);
        vars.put(Vars.CASE_COORDINATOR.name(), COORDINATOR);
        vars.put(Vars.CARE_PLAN_ID.name(), carePlanId);
        vars.put(Vars.DISCHARGE_REASON.name(), reason);
        vars.put(Vars.DISCHARGE_NOTE.name(), note);
        return vars;
    }

    private static Map<String, Object> referralVars() {
        return Map.of(
                ReferralProcess.Vars.CASE_ID.name(),
                CASE_ID,
                ReferralProcess.Vars.CASE_NUMBER.name(),
                CASE_NUMBER,
                ReferralProcess.Vars.CASE_COORDINATOR.name(),
                COORDINATOR,
                ReferralProcess.Vars.SERVICE_TYPE.name(),
                "transportation");
    }

    /** What the summary form submits: the reason, the outcome of each goal row shown, the note. */
    private static Map<String, Object> summary(String reason, String receivingOrganisation, String... goalOutcomes) {
        Map<String, Object> form = new HashMap<>();
        form.put(SummaryForm.DISCHARGE_REASON.name(), reason);
        for (int row = 0; row < goalOutcomes.length; row++) {
            form.put(SummaryForm.GOAL_OUTCOMES.get(row).name(), goalOutcomes[row]);
        }
        form.put(SummaryForm.SUMMARY_NOTE.name(), "Goals met; PCP follows up");
        if (receivingOrganisation != null) {
            form.put(SummaryForm.RECEIVING_ORGANISATION.name(), receivingOrganisation);
        }
        return form;
    }

    private <T> T variable(ProcessInstance instance, Var<T> var) {
        return var.from(processEngine.getRuntimeService().getVariables(instance.getId()));
    }

    /** A variable's last value, read from history because the instance has ended. */
    private <T> T historicVariable(ProcessInstance instance, Var<T> var) {
        Object value = processEngine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(var.name())
                .singleResult()
                .getValue();
        return var.from(Collections.singletonMap(var.name(), value));
    }

    /** The engine's clock, so business-day due dates follow ClockUtil. */
    private static final class EngineClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
