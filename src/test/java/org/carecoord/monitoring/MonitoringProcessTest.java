package org.carecoord.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carecoord.monitoring.MonitoringProcess.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.assessment.AssessmentDecisions;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.StageStubs;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.monitoring.MonitoringProcess.ManagerForms;
import org.carecoord.monitoring.MonitoringProcess.ReviewForm;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.security.Groups;
import org.carecoord.support.EngineClock;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.JsonVariables;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Monitoring with the real risk-tier decision; assessment and care planning are one-task stand-ins. */
@Deployment(resources = {"processes/monitoring.bpmn", "processes/risk-tier.dmn"})
class MonitoringProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    /** Monday 2 March 2026, 10:00 UTC. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingMonitoringService monitoring;
    private String stubDeployment;

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        monitoring = RecordingMonitoringService.registerDelegates(
                new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), new EngineClock()),
                Period.ofDays(90));
        // moderate depression: medium tier, contact every 14 days
        monitoring.findings.put(AssessmentDecisions.PHQ9_SEVERITY_VAR, "moderate");
        stubDeployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .addString("assessment.bpmn", StageStubs.ASSESSMENT)
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
    void theContactIsDueOneBusinessDayAfterTheIntervalOfTheRiskTier() {
        ProcessInstance monitoringInstance = start();
        assertThat(monitoringInstance)
                .hasPassed(TASK_START_CYCLE, TASK_DETERMINE_CONTACT_INTERVAL)
                .hasNotPassed(TASK_REVIEW_CARE_PLAN)
                .isWaitingAt(TIMER_CONTACT_INTERVAL);
        assertThat(monitoringInstance).variables().containsEntry(Vars.CONTACT_INTERVAL_DAYS.name(), 14);

        runJobsAt(MONDAY.plusDays(14).minusMinutes(1));
        assertThat(monitoringInstance).as("not before 14 days").isWaitingAt(TIMER_CONTACT_INTERVAL);

        runJobsAt(MONDAY.plusDays(14));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);
        assertThat(task(monitoringInstance))
                .isAssignedTo(COORDINATOR)
                .hasCandidateGroupAssociated(Groups.COORDINATORS)
                .hasDueDate(Date.from(ZonedDateTime.of(2026, 3, 17, 17, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant()));
        assertThat(Vars.CONTACT_ATTEMPT.from(
                        processEngine.getRuntimeService().getVariables(monitoringInstance.getId())))
                .isEqualTo(1);
        assertThat(Vars.MINUTES_THIS_MONTH.from(processEngine
                        .getTaskService()
                        .getVariablesLocal(task(monitoringInstance).getId())))
                .as("the month's care-management minutes, on the task")
                .isEqualTo(0);
    }

    @Test
    void aContactLeftUndoneTwoBusinessDaysPastItsDueDateGoesToManagersAndStaysOpen() {
        ProcessInstance monitoringInstance = atContact();

        // due Tuesday 17 March; two business days past due is the end of Thursday 19 March
        runJobsAt(ZonedDateTime.of(2026, 3, 19, 16, 59, 0, 0, ZoneOffset.UTC));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);

        runJobsAt(ZonedDateTime.of(2026, 3, 19, 17, 1, 0, 0, ZoneOffset.UTC));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT, TASK_MISSED_CONTACT);
        assertThat(task(TASK_MISSED_CONTACT, monitoringInstance)).hasCandidateGroup(Groups.MANAGERS);

        complete(
                task(TASK_MISSED_CONTACT, monitoringInstance),
                ManagerForms.MISSED_CONTACT_ACTION.with("reminded-coordinator"));
        assertThat(monitoringInstance).as("the contact task stays").isWaitingAt(TASK_OUTREACH_CONTACT);
        complete(task(TASK_OUTREACH_CONTACT, monitoringInstance), reached(STATUS_STABLE));
        assertThat(monitoringInstance).isWaitingAt(TIMER_CONTACT_INTERVAL);
    }

    @Test
    void threeFailedAttemptsAreEachRecordedThenManagersMayContinueMonitoring() {
        ProcessInstance monitoringInstance = atContact();

        failThreeAttempts(monitoringInstance);
        assertThat(task(TASK_UNABLE_TO_REACH, monitoringInstance)).hasCandidateGroup(Groups.MANAGERS);

        complete(task(monitoringInstance), ManagerForms.UNABLE_TO_REACH_DECISION.with(DECISION_CONTINUE));
        assertThat(monitoringInstance).isWaitingAt(TIMER_CONTACT_INTERVAL).isNotEnded();
        runJobsAt(MONDAY.plusDays(28).plusHours(1));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);
        assertThat(Vars.CONTACT_ATTEMPT.from(
                        processEngine.getRuntimeService().getVariables(monitoringInstance.getId())))
                .as("a new cycle starts at the first attempt")
                .isEqualTo(1);
    }

    @Test
    void afterThreeFailedAttemptsManagersMayDischargeAsLostToFollowUp() {
        ProcessInstance monitoringInstance = atContact();
        failThreeAttempts(monitoringInstance);

        complete(
                task(monitoringInstance),
                Map.of(
                        ManagerForms.UNABLE_TO_REACH_DECISION.name(),
                        DECISION_DISCHARGE,
                        ManagerForms.UNABLE_TO_REACH_NOTE.name(),
                        "no answer by phone or mail"));
        assertThat(monitoringInstance)
                .hasPassed(TASK_NOTE_LOST_TO_FOLLOW_UP, END_DISCHARGE_DUE)
                .isEnded();
        assertDischarged(monitoringInstance, DISCHARGE_LOST_TO_FOLLOW_UP, "no answer by phone or mail");
    }

    @Test
    void worseningCallsTheReassessmentWhoseNewTierSetsTheIntervalAndMakesAPlanReviewDue() {
        ProcessInstance monitoringInstance = atContact();

        complete(task(monitoringInstance), reached(STATUS_WORSENING));
        assertThat(monitoringInstance).hasNotPassed(TASK_REQUEST_REFERRALS).isWaitingAt(CALL_REASSESSMENT);
        ProcessInstance assessment = calledProcessInstance("assessment", monitoringInstance);
        assertThat(assessment)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Vars.CASE_ID.name(), CASE_ID)
                .containsEntry(Vars.CASE_COORDINATOR.name(), COORDINATOR);

        // the re-assessment found severe depression: high tier, weekly contact
        monitoring.findings.put(AssessmentDecisions.PHQ9_SEVERITY_VAR, "severe");
        complete(task(assessment), Map.of(Vars.RISK_TIER.name(), "high", Vars.CONTACT_INTERVAL_DAYS.name(), 7));
        assertThat(monitoringInstance).as("tier changed: plan review").isWaitingAt(TASK_REVIEW_CARE_PLAN);
        assertThat(monitoringInstance)
                .variables()
                .containsEntry(Vars.RISK_TIER.name(), "high")
                .containsEntry(Vars.CONTACT_INTERVAL_DAYS.name(), 7)
                .containsEntry(
                        Vars.GOAL_LABELS.get(0).name(), "Keeps all follow-up appointments (measure: no missed visits)")
                .containsEntry(Vars.GOAL_LABELS.get(1).name(), "Has food every day")
                .containsEntry(Vars.GOAL_LABELS.get(2).name(), null);
        assertThat(task(monitoringInstance)).isAssignedTo(COORDINATOR);

        complete(task(monitoringInstance), review(DECISION_CONTINUE));
        assertThat(monitoring.reviews)
                .containsExactly(new RecordingMonitoringService.Review(
                        77L, java.util.Arrays.asList("partly-met", "met", null, null, null), DECISION_CONTINUE));
        assertThat(monitoringInstance).isWaitingAt(TIMER_CONTACT_INTERVAL);
        assertThat(monitoringInstance).variables().containsEntry(Vars.REVIEWED_RISK_TIER.name(), "high");
        long now = ClockUtil.getCurrentTime().getTime();
        assertThat(timerDue(TIMER_CONTACT_INTERVAL).getTime() - now)
                .as("weekly")
                .isEqualTo(7L * 24 * 3600 * 1000);
    }

    @Test
    void aSafetyConcernInTheReassessmentGoesToManagersAtOnceWhileMonitoringGoesOn() {
        List<String> safetyRecords = new java.util.ArrayList<>();
        Mocks.register("recordSafetyFollowUpDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate)
                e -> safetyRecords.add(CareEpisodeProcess.SafetyFields.ACTION_TAKEN.get(e)));
        ProcessInstance monitoringInstance = atContact();
        complete(task(monitoringInstance), reached(STATUS_WORSENING));

        complete(
                task(calledProcessInstance("assessment", monitoringInstance)),
                Map.of(
                        "stubRaisesSafetyConcern",
                        true,
                        Vars.RISK_TIER.name(),
                        "high",
                        Vars.CONTACT_INTERVAL_DAYS.name(),
                        7));
        assertThat(monitoringInstance).hasPassed(EVENT_SAFETY_CONCERN).isWaitingAt(TASK_SAFETY_FOLLOW_UP);
        assertThat(task(TASK_SAFETY_FOLLOW_UP, monitoringInstance)).hasCandidateGroup(Groups.MANAGERS);
        assertThat(task(TASK_SAFETY_FOLLOW_UP, monitoringInstance).getPriority())
                .isEqualTo(100);

        complete(
                task(TASK_SAFETY_FOLLOW_UP, monitoringInstance),
                Map.of(
                        CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name(), "crisis-line",
                        CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name(), "yes"));
        assertThat(safetyRecords).containsExactly("crisis-line");
        assertThat(monitoringInstance).hasPassed(CALL_REASSESSMENT).isNotEnded();
    }

    @Test
    void newServiceNeedsRequestOneReferralEachAndAReassessment() {
        ProcessInstance monitoringInstance = atContact();

        Map<String, Object> contact = reached(STATUS_STABLE);
        contact.put(ContactForm.NEW_NEEDS.name(), List.of("transportation", "food-assistance"));
        complete(task(monitoringInstance), contact);

        assertThat(monitoringInstance).hasPassed(TASK_REQUEST_REFERRALS).isWaitingAt(CALL_REASSESSMENT);
        assertThat(monitoring.referralRequests)
                .containsExactly(
                        new RecordingMonitoringService.ReferralRequest(CASE_ID, "transportation"),
                        new RecordingMonitoringService.ReferralRequest(CASE_ID, "food-assistance"));
        assertThat(monitoring.contacts.get(0).newNeeds()).containsExactly("transportation", "food-assistance");
    }

    @Test
    void aStableReachedPatientIsContactedAgainAfterTheNextInterval() {
        ProcessInstance monitoringInstance = atContact();

        Map<String, Object> contact = reached(STATUS_STABLE);
        contact.put(ContactForm.MINUTES_SPENT.name(), 25L);
        complete(task(monitoringInstance), contact);

        assertThat(monitoringInstance).hasNotPassed(CALL_REASSESSMENT).isWaitingAt(TIMER_CONTACT_INTERVAL);
        ContactReport recorded = monitoring.contacts.get(0);
        assertThat(recorded.reached()).isTrue();
        assertThat(recorded.minutesSpent()).isEqualTo(25);
        assertThat(recorded.channel()).isEqualTo("phone");

        runJobsAt(MONDAY.plusDays(28).plusHours(1));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);
        assertThat(processEngine.getRuntimeService().getVariables(monitoringInstance.getId()))
                .as("the next contact's form starts empty")
                .doesNotContainKeys(Var.names(ContactForm.ALL).toArray(String[]::new));
    }

    @Test
    void aManagersChangeOfTheRiskTierDecisionAppliesFromTheNextCycle() throws Exception {
        ProcessInstance monitoringInstance = atContact();
        String dmn = Files.readString(Path.of("processes/risk-tier.dmn"), StandardCharsets.UTF_8);
        String medium10Days = dmn.replace("<text>14</text>", "<text>10</text>");
        assertThat(medium10Days).isNotEqualTo(dmn);
        String changed = processEngine
                .getRepositoryService()
                .createDeployment()
                .addString("risk-tier.dmn", medium10Days)
                .deploy()
                .getId();
        try {
            complete(task(monitoringInstance), reached(STATUS_STABLE));
            assertThat(monitoringInstance).variables().containsEntry(Vars.CONTACT_INTERVAL_DAYS.name(), 10);
            long now = ClockUtil.getCurrentTime().getTime();
            assertThat(timerDue(TIMER_CONTACT_INTERVAL).getTime() - now).isEqualTo(10L * 24 * 3600 * 1000);
        } finally {
            // the engine is shared with the other process tests
            processEngine.getRepositoryService().deleteDeployment(changed, true);
        }
    }

    @Test
    void afterNinetyDaysTheCoordinatorReviewsThePlanAndARevisionIsANewPlanVersion() {
        ProcessInstance monitoringInstance = throughNinetyDays();
        assertThat(task(monitoringInstance)).isAssignedTo(COORDINATOR);

        complete(task(monitoringInstance), review(DECISION_REVISE));
        assertThat(monitoringInstance).isWaitingAt(CALL_REVISE_PLAN);
        ProcessInstance carePlanning = calledProcessInstance("care-planning", monitoringInstance);
        assertThat(carePlanning)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Vars.RISK_TIER.name(), "medium")
                .containsEntry(AssessmentDecisions.PHQ9_SEVERITY_VAR, "moderate");

        complete(
                task(carePlanning),
                Map.of(
                        Vars.CARE_PLAN_ID.name(),
                        78L,
                        CarePlanningProcess.Vars.CARE_PLAN_OUTCOME.name(),
                        "active",
                        CarePlanningProcess.Vars.REFERRAL_NEEDS.name(),
                        JsonVariables.javaList(List.of("transportation"))));
        assertThat(monitoringInstance).hasPassed("Task_StartPlanReferrals").isWaitingAt(TIMER_CONTACT_INTERVAL);
        assertThat(monitoringInstance).variables().containsEntry(Vars.CARE_PLAN_ID.name(), 78L);
        assertThat(monitoring.plannedReferrals)
                .as("the revised plan's new service is referred")
                .containsExactly(new RecordingMonitoringService.ReferralRequest(CASE_ID, "transportation"));
        assertThat(Vars.REVIEW_DUE_ON.from(processEngine.getRuntimeService().getVariables(monitoringInstance.getId())))
                .as("next review in 90 days")
                .isEqualTo(ClockUtil.getCurrentTime()
                        .toInstant()
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate()
                        .plusDays(90)
                        .toString());
    }

    @Test
    void aRevisedPlanThePatientDeclinesEndsMonitoringForDischarge() {
        ProcessInstance monitoringInstance = throughNinetyDays();
        complete(task(monitoringInstance), review(DECISION_REVISE));

        complete(
                task(calledProcessInstance("care-planning", monitoringInstance)),
                Map.of(Vars.CARE_PLAN_ID.name(), 78L, "carePlanOutcome", "declined"));
        assertThat(monitoringInstance).hasPassed(TASK_NOTE_PLAN_DECLINED).isEnded();
        assertDischarged(monitoringInstance, DISCHARGE_PATIENT_DECLINED, null);
    }

    @Test
    void aReviewProposingDischargeEndsMonitoringWithGoalsMet() {
        ProcessInstance monitoringInstance = throughNinetyDays();

        Map<String, Object> review = review(DECISION_PROPOSE_DISCHARGE);
        review.put(ReviewForm.REVIEW_NOTE.name(), "all goals met");
        complete(task(monitoringInstance), review);
        assertThat(monitoringInstance)
                .hasPassed(TASK_RECORD_PLAN_REVIEW, TASK_NOTE_GOALS_MET)
                .isEnded();
        assertDischarged(monitoringInstance, DISCHARGE_GOALS_MET, "all goals met");
        assertThat(monitoring.reviews)
                .extracting(RecordingMonitoringService.Review::decision)
                .containsExactly(DECISION_PROPOSE_DISCHARGE);
    }

    @Test
    void aCoordinatorWhoLearnsThePatientDiedEndsMonitoringWithThatReason() {
        ProcessInstance monitoringInstance = atContact();
        runJobsAt(ZonedDateTime.of(2026, 3, 19, 17, 1, 0, 0, ZoneOffset.UTC));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT, TASK_MISSED_CONTACT);

        Map<String, Object> contact = notReached();
        contact.put(ContactForm.EPISODE_ENDS.name(), DISCHARGE_DECEASED);
        contact.put(ContactForm.NOTE.name(), "daughter called");
        complete(task(TASK_OUTREACH_CONTACT, monitoringInstance), contact);

        assertThat(monitoringInstance)
                .hasPassed(TASK_NOTE_EPISODE_ENDS, END_DISCHARGE_DUE)
                .isEnded();
        assertDischarged(monitoringInstance, DISCHARGE_DECEASED, "daughter called");
        assertThat(monitoring.contacts).hasSize(1);
        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(monitoringInstance.getId())
                        .count())
                .as("the missed-contact escalation ends too")
                .isZero();
    }

    @Test
    void aDecisionChangeOfTheTierMakesAPlanReviewDueAtTheNextCycle() {
        ProcessInstance monitoringInstance = atContact();
        monitoring.findings.put(AssessmentDecisions.PHQ9_SEVERITY_VAR, "mild");

        complete(task(monitoringInstance), reached(STATUS_IMPROVING));
        assertThat(monitoringInstance).isWaitingAt(TASK_REVIEW_CARE_PLAN);
        assertThat(monitoringInstance)
                .variables()
                .containsEntry(Vars.RISK_TIER.name(), "low")
                .containsEntry(Vars.REVIEWED_RISK_TIER.name(), "medium");
    }

    @Test
    void aPlanReviewThatAsksForACaseConferenceRequestsOne() {
        ProcessInstance monitoringInstance = throughNinetyDays();
        Map<String, Object> form = review(DECISION_CONTINUE);
        form.put(CaseConferenceProcess.ReviewFields.CONFERENCE_WANTED.name(), true);

        complete(task(TASK_REVIEW_CARE_PLAN, monitoringInstance), form);

        assertThat(monitoring.conferencesAsked).containsExactly(CASE_ID);
        assertThat(monitoringInstance).hasPassed(TASK_RECORD_PLAN_REVIEW);
    }

    private ProcessInstance start() {
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(
                        KEY,
                        CASE_NUMBER,
                        Map.of(
                                Vars.CASE_ID.name(),
                                CASE_ID,
                                Vars.CASE_NUMBER.name(),
                                CASE_NUMBER,
                                Vars.CASE_COORDINATOR.name(),
                                COORDINATOR,
                                Vars.URGENCY.name(),
                                "routine",
                                Vars.RISK_TIER.name(),
                                "medium",
                                Vars.CONTACT_INTERVAL_DAYS.name(),
                                14,
                                Vars.CARE_PLAN_ID.name(),
                                77L));
    }

    /** Started Monday 2 March; the first contact task appears Monday 16 March at 10:00. */
    private ProcessInstance atContact() {
        ProcessInstance monitoringInstance = start();
        runJobsAt(MONDAY.plusDays(14));
        assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);
        return monitoringInstance;
    }

    /** Seven fortnightly contacts (days 14 … 98): the cycle after the one on day 98 reviews the plan. */
    private ProcessInstance throughNinetyDays() {
        ProcessInstance monitoringInstance = start();
        for (int cycle = 1; cycle <= 7; cycle++) {
            runJobsAt(ZonedDateTime.ofInstant(timerDue(TIMER_CONTACT_INTERVAL).toInstant(), ZoneOffset.UTC));
            assertThat(task(TASK_REVIEW_CARE_PLAN, monitoringInstance))
                    .as("cycle %d", cycle)
                    .isNull();
            complete(task(TASK_OUTREACH_CONTACT, monitoringInstance), reached(STATUS_STABLE));
        }
        assertThat(monitoringInstance).isWaitingAt(TASK_REVIEW_CARE_PLAN);
        return monitoringInstance;
    }

    private void failThreeAttempts(ProcessInstance monitoringInstance) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            assertThat(monitoringInstance).isWaitingAt(TASK_OUTREACH_CONTACT);
            assertThat(Vars.CONTACT_ATTEMPT.from(
                            processEngine.getRuntimeService().getVariables(monitoringInstance.getId())))
                    .isEqualTo(attempt);
            complete(task(TASK_OUTREACH_CONTACT, monitoringInstance), notReached());
        }
        assertThat(monitoringInstance).isWaitingAt(TASK_UNABLE_TO_REACH);
        assertThat(monitoring.contacts).extracting(ContactReport::attempt).containsExactly(1, 2, 3);
        assertThat(monitoring.contacts).allMatch(contact -> !contact.reached());
    }

    private void assertDischarged(ProcessInstance instance, String reason, String note) {
        var history = processEngine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId());
        assertThat(history.variableName(Vars.DISCHARGE_REASON.name())
                        .singleResult()
                        .getValue())
                .isEqualTo(reason);
        assertThat(processEngine
                        .getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .variableName(Vars.DISCHARGE_NOTE.name())
                        .singleResult()
                        .getValue())
                .isEqualTo(note);
    }

    private static Map<String, Object> reached(String status) {
        Map<String, Object> form = new HashMap<>();
        form.put(ContactForm.REACHED.name(), YES);
        form.put(ContactForm.CHANNEL.name(), "phone");
        form.put(ContactForm.MINUTES_SPENT.name(), 15L);
        form.put(ContactForm.PATIENT_STATUS.name(), status);
        form.put(ContactForm.MEDICATION_CONCERNS.name(), false);
        return form;
    }

    private static Map<String, Object> notReached() {
        Map<String, Object> form = new HashMap<>();
        form.put(ContactForm.REACHED.name(), NO);
        form.put(ContactForm.CHANNEL.name(), "phone");
        form.put(ContactForm.MINUTES_SPENT.name(), 3L);
        return form;
    }

    private static Map<String, Object> review(String decision) {
        Map<String, Object> form = new HashMap<>();
        form.put(ReviewForm.GOAL_OUTCOMES.get(0).name(), "partly-met");
        form.put(ReviewForm.GOAL_OUTCOMES.get(1).name(), "met");
        form.put(ReviewForm.REVIEW_DECISION.name(), decision);
        return form;
    }

    private Date timerDue(String activityId) {
        return processEngine
                .getManagementService()
                .createJobQuery()
                .timers()
                .activityId(activityId)
                .singleResult()
                .getDuedate();
    }

    private void runJobsAt(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        JobRunner.runDueJobs(processEngine.getManagementService());
    }
}
