package org.carecoord.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.benefits.BenefitsProcess.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.benefits.BenefitsProcess.Fields;
import org.carecoord.benefits.BenefitsProcess.Vars;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.security.Groups;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.JsonVariables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process {@code benefits-and-claims}, every path: a reported problem recorded, acted on, followed up after five
 * business days and resolved, worked again or closed unresolved; a payment plan opening a financial-counseling
 * referral; an appeal whose deadline warns managers before and when it passes, and whose watch ends with the problem;
 * and a coverage end date's renewal task 30 days before, or none when the coverage or case changed meanwhile. The real
 * delegates and services run over recording repositories; timers follow the engine clock.
 */
@Deployment(resources = "processes/benefits-and-claims.bpmn")
class BenefitsProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final long PROBLEM_ID = 7L;
    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    /** Tuesday 1 December 2026, 15:00 UTC. */
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 12, 1, 15, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingBenefits record;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        record = RecordingBenefits.registerDelegates();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aProblemIsRecordedActedOnFollowedUpAfterFiveBusinessDaysAndResolved() {
        ProcessInstance problem = report(ProblemKind.CLAIM_DENIED);

        assertThat(problem).hasBusinessKey(CASE_NUMBER).isWaitingAt(TASK_RECORD_PROBLEM);
        assertThat(task(problem)).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        complete(
                task(problem),
                withVariables(
                        Fields.SUMMARY.name(),
                        "Claim 88-123 for the MRI on 11/12 denied: out of network",
                        Fields.DOCUMENTS.name(),
                        JsonVariables.json(List.of("denial-letter", "explanation-of-benefits"))));
        assertThat(problem).isWaitingAt(TASK_ACT);
        assertThat(record.steps).containsEntry(PROBLEM_ID, BenefitProblem.STEP_ACT);
        assertThat(Fields.SUMMARY.from(variables(problem)))
                .as("form fields do not linger")
                .isNull();

        act(problem, Action.CALL_PAYER, null);

        assertThat(problem).isWaitingAt(TIMER_FOLLOW_UP);
        assertThat(record.steps).containsEntry(PROBLEM_ID, BenefitProblem.STEP_FOLLOW_UP);
        assertThat(timer(problem, TIMER_FOLLOW_UP).getDuedate())
                .as("end of the 5th business day: Tuesday 8 December")
                .isEqualTo(at(2026, 12, 8, 17));
        assertThat(jobs(problem)).as("no appeal, no deadline watch").hasSize(1);

        fire(problem, TIMER_FOLLOW_UP);
        assertThat(problem).isWaitingAt(TASK_FOLLOW_UP);
        assertThat(task(problem)).isAssignedTo(COORDINATOR);
        followUp(problem, Outcome.RESOLVED, null);

        assertThat(problem).isEnded().hasPassed(END_RESOLVED);
        assertThat(record.outcomes).containsEntry(PROBLEM_ID, "resolved");
        assertThat(record.steps).containsEntry(PROBLEM_ID, BenefitProblem.STEP_CLOSED);
        assertThat(record.actions)
                .extracting(RecordingBenefits.Action::kind)
                .containsExactly(
                        BenefitProblemService.RECORDED, BenefitProblemService.ACTION, BenefitProblemService.OUTCOME);
    }

    @Test
    void anUnresolvedProblemIsWorkedAgainThenClosedUnresolvedWithItsReason() {
        ProcessInstance problem = recorded(ProblemKind.COVERAGE_GAP);
        act(problem, Action.CALL_PAYER, null);
        fire(problem, TIMER_FOLLOW_UP);

        followUp(problem, Outcome.ACT_AGAIN, "Payer asks for the employer's letter");
        assertThat(problem).isWaitingAt(TASK_ACT);
        assertThat(record.steps).containsEntry(PROBLEM_ID, BenefitProblem.STEP_ACT);
        act(problem, Action.APPLY_ASSISTANCE, null);
        fire(problem, TIMER_FOLLOW_UP);
        followUp(problem, Outcome.UNRESOLVED, "Not eligible for the county program");

        assertThat(problem).isEnded().hasPassed(END_UNRESOLVED);
        assertThat(record.outcomes).containsEntry(PROBLEM_ID, "unresolved");
        assertThat(record.actions)
                .filteredOn(a -> a.kind().equals(BenefitProblemService.ACTION))
                .extracting(RecordingBenefits.Action::detail)
                .containsExactly("call-payer", "apply-assistance");
    }

    @Test
    void notResolvedWithoutAReasonIsRefusedAndTheFollowUpStays() {
        ProcessInstance problem = recorded(ProblemKind.UNAFFORDABLE_BILL);
        act(problem, Action.CALL_PAYER, null);
        fire(problem, TIMER_FOLLOW_UP);

        assertThatThrownBy(() -> followUp(problem, Outcome.UNRESOLVED, " "))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("say why");
        assertThat(problem).isWaitingAt(TASK_FOLLOW_UP);
    }

    @Test
    void aPaymentPlanOpensAFinancialCounselingReferralOnTheCase() {
        ProcessInstance problem = recorded(ProblemKind.UNAFFORDABLE_BILL);

        act(problem, Action.PAYMENT_PLAN, null);

        assertThat(record.referrals)
                .containsExactly(new RecordingBenefits.ReferralRequest(
                        CASE_ID, Service.FINANCIAL_COUNSELING.code(), BenefitProblemService.PAYMENT_PLAN_REASON));
        assertThat(problem).isWaitingAt(TIMER_FOLLOW_UP);
    }

    @Test
    void anAppealDeadlineWarnsManagersThreeBusinessDaysBeforeAndAgainWhenItPassesUnresolved() {
        ProcessInstance problem = recorded(ProblemKind.CLAIM_DENIED);

        act(problem, Action.FILE_APPEAL, "2026-12-15");

        assertThat(problem).isWaitingAt(TIMER_FOLLOW_UP, TIMER_APPEAL_DEADLINE_NEAR, TIMER_APPEAL_DEADLINE_PASSED);
        assertThat(timer(problem, TIMER_APPEAL_DEADLINE_NEAR).getDuedate())
                .as("the start of Thursday 10 December: 3 business days before Tuesday 15 December")
                .isEqualTo(at(2026, 12, 10, 0));
        assertThat(timer(problem, TIMER_APPEAL_DEADLINE_PASSED).getDuedate()).isEqualTo(at(2026, 12, 15, 17));
        assertThat(Vars.APPEAL_DEADLINE_TEXT.from(variables(problem))).isEqualTo("December 15, 2026");
        assertThat(record.actions)
                .last()
                .extracting(RecordingBenefits.Action::appealDeadline)
                .isEqualTo(LocalDate.of(2026, 12, 15));

        fire(problem, TIMER_FOLLOW_UP);
        followUp(problem, Outcome.ACT_AGAIN, "No answer from the payer yet");
        fire(problem, TIMER_APPEAL_DEADLINE_NEAR);
        var near = task(TASK_APPEAL_DEADLINE_NEAR, problem);
        assertThat(near).hasCandidateGroup(Groups.MANAGERS).isNotAssigned();
        assertThat(near.getPriority()).isGreaterThanOrEqualTo(80);
        complete(near, withVariables(Fields.ESCALATION_ACTION.name(), "coordinator-reminded"));

        fire(problem, TIMER_APPEAL_DEADLINE_PASSED);
        var passed = task(TASK_APPEAL_DEADLINE_PASSED, problem);
        assertThat(passed).hasCandidateGroup(Groups.MANAGERS);
        complete(passed, withVariables(Fields.ESCALATION_ACTION.name(), "extension-requested"));

        assertThat(record.actions)
                .filteredOn(a -> a.kind().startsWith(BenefitProblemService.ESCALATION))
                .extracting(RecordingBenefits.Action::kind, RecordingBenefits.Action::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("appeal-deadline-near", "coordinator-reminded"),
                        org.assertj.core.groups.Tuple.tuple("appeal-deadline-passed", "extension-requested"));
        assertThat(problem).as("the coordinator still works the problem").isWaitingAt(TASK_ACT);
    }

    @Test
    void resolvingTheProblemEndsItsAppealDeadlineWatch() {
        ProcessInstance problem = recorded(ProblemKind.PRIOR_AUTHORIZATION);
        act(problem, Action.FILE_APPEAL, "12/15/2026");
        fire(problem, TIMER_FOLLOW_UP);

        followUp(problem, Outcome.RESOLVED, null);

        assertThat(problem).isEnded().hasPassed(END_RESOLVED).hasNotPassed(TASK_APPEAL_DEADLINE_NEAR);
        assertThat(jobs(problem)).isEmpty();
    }

    @Test
    void anAppealWithoutADeadlineFromTodayOnIsRefusedAndTheFormStays() {
        ProcessInstance problem = recorded(ProblemKind.CLAIM_DENIED);

        assertThatThrownBy(() -> act(problem, Action.FILE_APPEAL, null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> act(problem, Action.FILE_APPEAL, "2026-11-30"))
                .isInstanceOf(BadUserRequestException.class);
        assertThat(problem).isWaitingAt(TASK_ACT);
        assertThat(record.actions).extracting(RecordingBenefits.Action::kind).containsExactly("recorded");
    }

    @Test
    void aCoverageEndDateRaisesTheRenewalTaskThirtyDaysBeforeForTheCasesCoordinatorNow() {
        LocalDate end = LocalDate.of(2027, 2, 28);
        record.coverages.put(3L, RecordingBenefits.coverage(3L, end, Coverage.ACTIVE));
        record.openCase = RecordingBenefits.openCase(CASE_ID, CASE_NUMBER, "coordinator.eli");
        ProcessInstance renewal = coverageEnding(3L, end);

        assertThat(renewal).hasBusinessKey(CASE_NUMBER).isWaitingAt(TIMER_RENEWAL_DUE);
        assertThat(timer(renewal, TIMER_RENEWAL_DUE).getDuedate()).isEqualTo(at(2027, 1, 29, 0));

        fire(renewal, TIMER_RENEWAL_DUE);

        assertThat(renewal).isWaitingAt(TASK_RENEW_COVERAGE);
        assertThat(task(renewal))
                .as("the case changed hands since the coverage was saved")
                .isAssignedTo("coordinator.eli")
                .hasCandidateGroupAssociated(Groups.COORDINATORS);
        assertThat(task(renewal).getDueDate()).isEqualTo(at(2027, 2, 28, 17));
        complete(task(renewal), withVariables(Fields.RENEWAL_OUTCOME.name(), "application-submitted"));
        assertThat(renewal).isEnded().hasPassed(END_RENEWAL_HANDLED);
        assertThat(record.renewalOutcomes).containsEntry(3L, "application-submitted");
    }

    @Test
    void noRenewalTaskWhenTheEndDateChangedTheCoverageWasCancelledOrTheCaseClosed() {
        LocalDate end = LocalDate.of(2026, 12, 20);
        record.openCase = RecordingBenefits.openCase(CASE_ID, CASE_NUMBER, COORDINATOR);
        record.coverages.put(4L, RecordingBenefits.coverage(4L, end.plusYears(1), Coverage.ACTIVE));
        record.coverages.put(5L, RecordingBenefits.coverage(5L, end, Coverage.CANCELLED));
        record.coverages.put(6L, RecordingBenefits.coverage(6L, end, Coverage.ACTIVE));

        ProcessInstance moved = coverageEnding(4L, end);
        ProcessInstance cancelled = coverageEnding(5L, end);
        fire(moved, TIMER_RENEWAL_DUE);
        fire(cancelled, TIMER_RENEWAL_DUE);
        record.openCase = null;
        ProcessInstance closedCase = coverageEnding(6L, end);
        fire(closedCase, TIMER_RENEWAL_DUE);

        for (ProcessInstance renewal : List.of(moved, cancelled, closedCase)) {
            assertThat(renewal).isEnded().hasPassed(END_RENEWAL_NOT_NEEDED).hasNotPassed(TASK_RENEW_COVERAGE);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private ProcessInstance report(ProblemKind kind) {
        VariableMap variables = Vars.CASE_ID.with(CASE_ID);
        Vars.CASE_NUMBER.put(variables, CASE_NUMBER);
        Vars.CASE_COORDINATOR.put(variables, COORDINATOR);
        Vars.BENEFIT_PROBLEM_ID.put(variables, PROBLEM_ID);
        Vars.PROBLEM_KIND.put(variables, kind.code());
        Vars.PROBLEM_LABEL.put(variables, kind.label());
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, CASE_NUMBER, variables);
    }

    private ProcessInstance recorded(ProblemKind kind) {
        ProcessInstance problem = report(kind);
        complete(task(problem), withVariables(Fields.SUMMARY.name(), "Bill 4411 from the clinic"));
        return problem;
    }

    private ProcessInstance coverageEnding(long coverageId, LocalDate end) {
        VariableMap variables = Vars.CASE_ID.with(CASE_ID);
        Vars.CASE_NUMBER.put(variables, CASE_NUMBER);
        Vars.CASE_COORDINATOR.put(variables, COORDINATOR);
        Vars.COVERAGE_ID.put(variables, coverageId);
        Vars.COVERAGE_ENDS_ON.put(variables, end.toString());
        Vars.COVERAGE_PAYOR.put(variables, "Acme Health");
        Vars.COVERAGE_ENDS_ON_TEXT.put(variables, end.toString());
        Vars.RENEWAL_DUE_AT.put(
                variables,
                Date.from(end.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant()));
        Vars.RENEWAL_TASK_DUE.put(variables, at(end.getYear(), end.getMonthValue(), end.getDayOfMonth(), 17));
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByMessage(MESSAGE_COVERAGE_ENDING, CASE_NUMBER, variables);
    }

    private void act(ProcessInstance problem, Action action, String appealDeadline) {
        VariableMap form = Fields.ACTION.with(action.code());
        if (appealDeadline != null) {
            form.putValue(Fields.APPEAL_DEADLINE.name(), appealDeadline);
        }
        complete(task(TASK_ACT, problem), form);
    }

    private void followUp(ProcessInstance problem, Outcome outcome, String reason) {
        VariableMap form = Fields.OUTCOME.with(outcome.code());
        if (reason != null) {
            Fields.OUTCOME_REASON.put(form, reason);
        }
        complete(task(TASK_FOLLOW_UP, problem), form);
    }

    private java.util.Map<String, Object> variables(ProcessInstance instance) {
        return processEngine.getRuntimeService().getVariables(instance.getId());
    }

    private List<Job> jobs(ProcessInstance instance) {
        return processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .list();
    }

    private Job timer(ProcessInstance instance, String activityId) {
        return processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
    }

    /** Moves the clock to the timer's due date and runs it, as the job executor would. */
    private void fire(ProcessInstance instance, String activityId) {
        Job job = timer(instance, activityId);
        if (job.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(job.getDuedate());
        }
        processEngine.getManagementService().executeJob(job.getId());
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, ZoneOffset.UTC)
                .toInstant());
    }
}
