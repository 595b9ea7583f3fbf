package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carecoord.referral.ReferralProcess.*;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.referral.ReferralProcess.ChooseAnotherForm;
import org.carecoord.referral.ReferralProcess.RecordResponseForm;
import org.carecoord.referral.ReferralProcess.SelectProviderForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.security.Groups;
import org.carecoord.support.EngineClock;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/referral.bpmn")
class ReferralProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    /** Monday 2 March 2026, 10:00 UTC; three business days later is Thursday 5 March, 17:00. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingReferralService referrals;

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        referrals = RecordingReferralService.registerDelegates(processEngine.getRuntimeService());
        Mocks.register(
                "businessCalendar",
                new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), new EngineClock()));
        Mocks.register(
                "referralSettings",
                new ReferralSettings("test-secret-0123456789", "http://localhost", "P30D", "+1 555 0100"));
    }

    @AfterEach
    void reset() {
        processEngine.getIdentityService().clearAuthentication();
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void acceptedAndDeliveredReferralClosesTheLoop() {
        ProcessInstance referral = sentToProvider7();

        respond(RESPONSE_ACCEPTED, null);
        assertThat(referral).hasPassed(TASK_AWAIT_RESPONSE).isWaitingAt(TASK_AWAIT_OUTCOME);

        respond(RESPONSE_COMPLETED, null);
        assertThat(referral)
                .hasPassed(TASK_CLOSE_THE_LOOP, END_REFERRAL_COMPLETED)
                .isEnded();
        assertThat(referrals.loopsClosed).containsExactly(RecordingReferralService.REFERRAL_ID);
    }

    @Test
    void openingSuggestsProvidersAndTheCoordinatorSelectsOne() {
        ProcessInstance referral = start();

        assertThat(referral).hasPassed(TASK_OPEN_REFERRAL).isWaitingAt(TASK_SELECT_PROVIDER);
        assertThat(referrals.opened).containsExactly("food-assistance");
        assertThat(task(referral)).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        assertThat(variable(referral, Vars.PROVIDER_OPTIONS).findValuesAsText("value"))
                .containsExactly("7", "8");
        assertThat(referral)
                .variables()
                .containsEntry(Vars.REFERRAL_ID.name(), RecordingReferralService.REFERRAL_ID)
                .as("the patient record's language, for suggestions")
                .containsEntry(Vars.LANGUAGE.name(), "es")
                .containsEntry(Vars.SERVICE_LABEL.name(), "Food assistance");

        complete(task(referral), Map.of(SelectProviderForm.PROVIDER_ID.name(), "7"));
        assertThat(referral).as("sent in its own transaction").isWaitingAt(TASK_SEND_REFERRAL);
        assertThat(referrals.sent).isEmpty();
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(referrals.sent)
                .containsExactly(new RecordingReferralService.Sent(
                        RecordingReferralService.REFERRAL_ID, 7L, CASE_NUMBER, COORDINATOR));
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE);
    }

    @Test
    void noAnswerInThreeBusinessDaysRemindsTheProviderAndTheCoordinatorFollowsUpWhileStillWaiting() {
        ProcessInstance referral = sentToProvider7();

        runJobsAt(MONDAY.plusDays(3).withHour(16));
        assertThat(referrals.reminded).as("not before the end of Thursday").isEmpty();

        runJobsAt(MONDAY.plusDays(3).withHour(18));
        assertThat(referrals.reminded).containsExactly(RecordingReferralService.REFERRAL_ID);
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE, TASK_FOLLOW_UP_ON_REFERRAL);
        assertThat(task(TASK_FOLLOW_UP_ON_REFERRAL, referral)).isAssignedTo(COORDINATOR);

        complete(task(TASK_FOLLOW_UP_ON_REFERRAL, referral));
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE);
        respond(RESPONSE_ACCEPTED, null);
        assertThat(referral).isWaitingAt(TASK_AWAIT_OUTCOME);
    }

    @Test
    void noAnswerInFiveBusinessDaysGivesManagersAnOverdueTaskAndAnAnswerEndsTheOpenFollowUps() {
        ProcessInstance referral = sentToProvider7();

        runJobsAt(MONDAY.plusDays(7).withHour(16));
        assertThat(referral)
                .as("Monday 9 March: fifth business day not yet over")
                .isWaitingAt(TASK_AWAIT_RESPONSE, TASK_FOLLOW_UP_ON_REFERRAL);

        runJobsAt(MONDAY.plusDays(7).withHour(18));
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE, TASK_FOLLOW_UP_ON_REFERRAL, TASK_REFERRAL_OVERDUE);
        assertThat(task(TASK_REFERRAL_OVERDUE, referral)).hasCandidateGroup(Groups.MANAGERS);

        respond(RESPONSE_ACCEPTED, null);
        assertThat(referral).isWaitingAt(TASK_AWAIT_OUTCOME);
        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(referral.getId())
                        .count())
                .as("follow-up and overdue tasks end with the wait")
                .isZero();
    }

    @Test
    void declinedReferralGoesToAnotherProviderAsANewAttempt() {
        ProcessInstance referral = sentToProvider7();

        respond(RESPONSE_DECLINED, "no-capacity");
        assertThat(referral).isWaitingAt(TASK_CHOOSE_ANOTHER_PROVIDER);
        assertThat(referral).variables().containsEntry(Vars.RESPONSE_REASON.name(), "no-capacity");

        complete(task(referral), Map.of(ChooseAnotherForm.NEXT_STEP.name(), NEXT_ANOTHER_PROVIDER));
        assertThat(referral).hasPassed(TASK_START_NEW_ATTEMPT).isWaitingAt(TASK_SELECT_PROVIDER);
        assertThat(referrals.newAttempts).containsExactly(RecordingReferralService.REFERRAL_ID);

        complete(task(referral), Map.of(SelectProviderForm.PROVIDER_ID.name(), "8"));
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(referrals.sent)
                .extracting(RecordingReferralService.Sent::providerId)
                .containsExactly(7L, 8L);
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE);
    }

    @Test
    void serviceThatCouldNotBeDeliveredCanBeClosedAsUnmetWithAReason() {
        ProcessInstance referral = sentToProvider7();
        respond(RESPONSE_ACCEPTED, null);

        respond(RESPONSE_FAILED, null);
        assertThat(referral).hasNotPassed(TASK_CLOSE_THE_LOOP).isWaitingAt(TASK_CHOOSE_ANOTHER_PROVIDER);

        complete(
                task(referral),
                Map.of(
                        ChooseAnotherForm.NEXT_STEP.name(),
                        NEXT_CLOSE_UNMET,
                        ChooseAnotherForm.UNMET_REASON.name(),
                        "no other provider in the area"));
        assertThat(referral).hasPassed(TASK_CLOSE_NEED_UNMET, END_NEED_UNMET).isEnded();
        assertThat(referrals.unmet)
                .containsExactly(new RecordingReferralService.Unmet(
                        RecordingReferralService.REFERRAL_ID, "no other provider in the area"));
    }

    @Test
    void noOutcomeThirtyDaysAfterAcceptanceTheCoordinatorChecksIn() {
        ProcessInstance referral = sentToProvider7();
        respond(RESPONSE_ACCEPTED, null);

        runJobsAt(MONDAY.plusDays(29));
        assertThat(referral).isWaitingAt(TASK_AWAIT_OUTCOME);
        runJobsAt(MONDAY.plusDays(30).plusMinutes(1));
        assertThat(referral).isWaitingAt(TASK_AWAIT_OUTCOME, TASK_CHECK_IN_ON_REFERRAL);

        respond(RESPONSE_COMPLETED, null);
        assertThat(referral).hasPassed(TASK_CLOSE_THE_LOOP).isEnded();
    }

    @Test
    void aProviderAnswerHeardOnThePhoneAtFollowUpIsRecordedByTheCoordinatorAndEndsTheWait() {
        ProcessInstance referral = sentToProvider7();
        runJobsAt(MONDAY.plusDays(3).withHour(18));

        processEngine.getIdentityService().setAuthentication(COORDINATOR, java.util.List.of(Groups.COORDINATORS));
        complete(
                task(TASK_FOLLOW_UP_ON_REFERRAL, referral),
                Map.of(
                        RecordResponseForm.PROVIDER_ANSWER.name(),
                        "decline",
                        RecordResponseForm.DECLINE_REASON.name(),
                        "no-capacity",
                        RecordResponseForm.SPOKE_WITH.name(),
                        "intake desk",
                        RecordResponseForm.ANSWER_NOTE.name(),
                        "waiting list until May"));

        assertThat(referrals.recorded)
                .containsExactly(new RecordingReferralService.Recorded(
                        RecordingReferralService.REFERRAL_ID,
                        "decline",
                        "no-capacity",
                        "waiting list until May",
                        "intake desk",
                        COORDINATOR));
        assertThat(referral).hasPassed(TASK_RECORD_FOLLOW_UP_ANSWER).isWaitingAt(TASK_CHOOSE_ANOTHER_PROVIDER);
        assertThat(referral)
                .variables()
                .containsEntry(Vars.REFERRAL_RESPONSE.name(), RESPONSE_DECLINED)
                .doesNotContainKey(RecordResponseForm.PROVIDER_ANSWER.name());
        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceId(referral.getId())
                        .count())
                .as("only the choice of another provider is left")
                .isEqualTo(1);
    }

    @Test
    void followUpWithNoAnswerYetKeepsWaiting() {
        ProcessInstance referral = sentToProvider7();
        runJobsAt(MONDAY.plusDays(3).withHour(18));

        complete(
                task(TASK_FOLLOW_UP_ON_REFERRAL, referral),
                Map.of(RecordResponseForm.PROVIDER_ANSWER.name(), ANSWER_NONE));
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE).hasNotPassed(TASK_RECORD_FOLLOW_UP_ANSWER);
        assertThat(referrals.recorded).isEmpty();
    }

    @Test
    void serviceStartedKeepsWaitingForTheOutcomeThenCompletedClosesTheLoop() {
        ProcessInstance referral = sentToProvider7();
        respond(RESPONSE_ACCEPTED, null);

        respond(RESPONSE_STARTED, null);
        assertThat(referral).hasPassed(GATEWAY_SERVICE_STARTED).isWaitingAt(TASK_AWAIT_OUTCOME);

        respond(RESPONSE_COMPLETED, null);
        assertThat(referral)
                .hasPassed(TASK_CLOSE_THE_LOOP, END_REFERRAL_COMPLETED)
                .isEnded();
    }

    @Test
    void atTheCheckInTheCoordinatorRecordsThatTheServiceWasCompleted() {
        ProcessInstance referral = sentToProvider7();
        respond(RESPONSE_ACCEPTED, null);
        runJobsAt(MONDAY.plusDays(30).plusMinutes(1));

        processEngine.getIdentityService().setAuthentication(COORDINATOR, java.util.List.of(Groups.COORDINATORS));
        complete(
                task(TASK_CHECK_IN_ON_REFERRAL, referral),
                Map.of(
                        RecordResponseForm.PROVIDER_ANSWER.name(),
                        "complete",
                        RecordResponseForm.ANSWER_NOTE.name(),
                        "six home visits done"));

        assertThat(referral)
                .hasPassed(TASK_RECORD_CHECK_IN_ANSWER, TASK_CLOSE_THE_LOOP)
                .isEnded();
        assertThat(referrals.recorded)
                .extracting(RecordingReferralService.Recorded::actor)
                .containsExactly(COORDINATOR);
        assertThat(referrals.loopsClosed).containsExactly(RecordingReferralService.REFERRAL_ID);
    }

    private ProcessInstance start() {
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(
                        KEY,
                        CASE_NUMBER,
                        Map.of(
                                Vars.CASE_ID.name(),
                                42L,
                                Vars.CASE_NUMBER.name(),
                                CASE_NUMBER,
                                Vars.CASE_COORDINATOR.name(),
                                COORDINATOR,
                                Vars.SERVICE_TYPE.name(),
                                "food-assistance"));
    }

    private ProcessInstance sentToProvider7() {
        ProcessInstance referral = start();
        complete(task(referral), Map.of(SelectProviderForm.PROVIDER_ID.name(), "7"));
        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(referral).isWaitingAt(TASK_AWAIT_RESPONSE);
        return referral;
    }

    private void respond(String response, String reason) {
        processEngine
                .getRuntimeService()
                .createMessageCorrelation(MESSAGE_REFERRAL_RESPONSE)
                .processInstanceVariableEquals(Vars.REFERRAL_ID.name(), RecordingReferralService.REFERRAL_ID)
                .setVariables(Vars.RESPONSE_REASON.put(Vars.REFERRAL_RESPONSE.with(response), reason))
                .correlate();
    }

    private void runJobsAt(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        JobRunner.runDueJobs(processEngine.getManagementService());
    }

    private <T> T variable(ProcessInstance instance, Var<T> var) {
        return var.from(processEngine.getRuntimeService().getVariables(instance.getId()));
    }
}
