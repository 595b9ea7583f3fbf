package org.carecoord.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.intake.IntakeProcess.END_CANCELLED;
import static org.carecoord.intake.IntakeProcess.END_COMPLETE;
import static org.carecoord.intake.IntakeProcess.TASK_ASSIGN_COORDINATOR;
import static org.carecoord.intake.IntakeProcess.TASK_CANCEL_EPISODE;
import static org.carecoord.intake.IntakeProcess.TASK_CHECK_ELIGIBILITY;
import static org.carecoord.intake.IntakeProcess.TASK_RECORD_CONSENT;
import static org.carecoord.intake.IntakeProcess.TASK_REFER_ELSEWHERE;
import static org.carecoord.intake.IntakeProcess.TASK_SAVE_CONSENT;

import java.util.Collections;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.intake.StandInDelegates.Cancellation;
import org.carecoord.intake.StandInDelegates.SavedConsent;
import org.carecoord.security.Groups;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/intake.bpmn", "processes/intake-eligibility.dmn"})
class IntakeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = StandInDelegates.caseNumber(CASE_ID);
    private static final String OFFERED_PROGRAM = "chronic-care";
    // Reasons the eligibility decision gives (values of IntakeProcess.Vars.CANCELLATION_REASON).
    private static final String MINOR_WITHOUT_GUARDIAN = IntakeProcess.REASON_MINOR_WITHOUT_GUARDIAN;
    private static final String PROGRAM_NOT_OFFERED = IntakeProcess.REASON_PROGRAM_NOT_OFFERED;

    ProcessEngine processEngine;
    private StandInDelegates delegates;

    @BeforeEach
    void registerDelegates() {
        delegates = StandInDelegates.register();
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
    }

    @Test
    void eligibleAdultWhoConsentsIsAssignedACoordinator() {
        ProcessInstance intake = start(OFFERED_PROGRAM, 67, false);

        assertThat(intake).hasPassed(TASK_CHECK_ELIGIBILITY).isWaitingAt(TASK_RECORD_CONSENT);
        assertThat(task(intake)).hasCandidateGroup(Groups.COORDINATORS);
        assertThat(intake).variables().containsEntry(IntakeProcess.Vars.ELIGIBLE.name(), true);

        complete(task(intake), consent(IntakeProcess.CONSENT_GIVEN));
        assertThat(intake).hasPassed(TASK_SAVE_CONSENT).isWaitingAt(TASK_ASSIGN_COORDINATOR);
        assertThat(delegates.savedConsents).containsExactly(new SavedConsent(CASE_ID, IntakeProcess.CONSENT_GIVEN));

        execute(job(intake));
        assertThat(intake)
                .hasPassed(TASK_ASSIGN_COORDINATOR, END_COMPLETE)
                .hasNotPassed(TASK_CANCEL_EPISODE)
                .isEnded();
        assertThat(delegates.assignedCases).containsExactly(CASE_ID);
        assertThat(delegates.cancellations).isEmpty();
        assertThat(finalValue(intake, Vars.INTAKE_OUTCOME)).isEqualTo(CareEpisodeProcess.INTAKE_ACCEPTED);
        assertThat(finalValue(intake, Vars.CASE_COORDINATOR)).isEqualTo(StandInDelegates.COORDINATOR);
    }

    @Test
    void minorWithoutGuardianIsReferredElsewhereAndCancelledWithItsReason() {
        ProcessInstance intake = start(OFFERED_PROGRAM, 15, false);

        assertThat(intake).isWaitingAt(TASK_REFER_ELSEWHERE).hasNotPassed(TASK_RECORD_CONSENT);
        assertThat(task(intake)).hasCandidateGroup(Groups.COORDINATORS);
        assertThat(intake)
                .variables()
                .containsEntry(IntakeProcess.Vars.ELIGIBLE.name(), false)
                .containsEntry(IntakeProcess.Vars.CANCELLATION_REASON.name(), MINOR_WITHOUT_GUARDIAN);

        complete(task(intake), referredTo("County youth services", "Mother will call them this week"));
        assertThat(intake).hasPassed(TASK_CANCEL_EPISODE, END_CANCELLED).isEnded();
        assertThat(delegates.cancellations)
                .containsExactly(new Cancellation(
                        CASE_ID,
                        MINOR_WITHOUT_GUARDIAN,
                        "Referred to County youth services: Mother will call them this week"));
        assertThat(finalValue(intake, Vars.INTAKE_OUTCOME)).isEqualTo(CareEpisodeProcess.INTAKE_CANCELLED);
    }

    @Test
    void minorWithGuardianIsEligible() {
        ProcessInstance intake = start(OFFERED_PROGRAM, 15, true);

        assertThat(intake).isWaitingAt(TASK_RECORD_CONSENT).hasNotPassed(TASK_REFER_ELSEWHERE);
        assertThat(intake)
                .variables()
                .containsEntry(IntakeProcess.Vars.ELIGIBLE.name(), true)
                .containsEntry(IntakeProcess.Vars.CANCELLATION_REASON.name(), null);
    }

    @Test
    void programNotOfferedIsReferredElsewhere() {
        ProcessInstance intake = start("dental", 40, false);

        assertThat(intake).isWaitingAt(TASK_REFER_ELSEWHERE);
        assertThat(intake)
                .variables()
                .containsEntry(IntakeProcess.Vars.CANCELLATION_REASON.name(), PROGRAM_NOT_OFFERED);

        complete(task(intake), referredTo("Community dental clinic", null));
        assertThat(intake).hasPassed(TASK_CANCEL_EPISODE, END_CANCELLED).isEnded();
        assertThat(delegates.cancellations)
                .containsExactly(new Cancellation(CASE_ID, PROGRAM_NOT_OFFERED, "Referred to Community dental clinic"));
    }

    @Test
    void declinedConsentCancelsTheEpisodeWithReasonConsentDeclined() {
        ProcessInstance intake = processEngine
                .getRuntimeService()
                .createProcessInstanceByKey(IntakeProcess.KEY)
                .businessKey(CASE_NUMBER)
                .setVariables(routingFacts(OFFERED_PROGRAM, 67, false))
                .startBeforeActivity(TASK_RECORD_CONSENT)
                .execute();

        complete(task(intake), consent(IntakeProcess.CONSENT_DECLINED));
        assertThat(intake)
                .hasPassed(TASK_SAVE_CONSENT, TASK_CANCEL_EPISODE, END_CANCELLED)
                .hasNotPassed(TASK_ASSIGN_COORDINATOR)
                .isEnded();
        assertThat(delegates.savedConsents).containsExactly(new SavedConsent(CASE_ID, IntakeProcess.CONSENT_DECLINED));
        assertThat(delegates.cancellations)
                .containsExactly(new Cancellation(CASE_ID, IntakeProcess.REASON_CONSENT_DECLINED, null));
        assertThat(finalValue(intake, Vars.INTAKE_OUTCOME)).isEqualTo(CareEpisodeProcess.INTAKE_CANCELLED);
    }

    @Test
    void assignmentRunsAsAJobSoAFailureIsRetriedNotLost() {
        ProcessInstance intake = processEngine
                .getRuntimeService()
                .createProcessInstanceByKey(IntakeProcess.KEY)
                .businessKey(CASE_NUMBER)
                .setVariables(routingFacts(OFFERED_PROGRAM, 67, false))
                .setVariables(IntakeProcess.Vars.CONSENT_DECISION.with(IntakeProcess.CONSENT_GIVEN))
                .startBeforeActivity(TASK_ASSIGN_COORDINATOR)
                .execute();
        assertThat(intake).isWaitingAt(TASK_ASSIGN_COORDINATOR);
        assertThat(job(intake)).hasActivityId(TASK_ASSIGN_COORDINATOR);
        delegates.failAssignments(1);

        assertThatThrownBy(() -> execute(job(intake))).hasMessageContaining("case service unreachable");
        // failedJobRetryTimeCycle R5/PT1M: four retries left, a minute apart, and no incident yet.
        assertThat(job(intake)).hasRetries(4).hasExceptionMessage();
        assertThat(processEngine.getRuntimeService().createIncidentQuery().count())
                .isZero();
        assertThat(intake).isWaitingAt(TASK_ASSIGN_COORDINATOR);
        assertThat(delegates.assignedCases).isEmpty();

        execute(job(intake));
        assertThat(intake).hasPassed(TASK_ASSIGN_COORDINATOR, END_COMPLETE).isEnded();
        assertThat(delegates.assignedCases).containsExactly(CASE_ID);
    }

    private ProcessInstance start(String program, int age, boolean guardianNamed) {
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(IntakeProcess.KEY, CASE_NUMBER, routingFacts(program, age, guardianNamed));
    }

    /** What the care episode passes in. */
    private static VariableMap routingFacts(String program, int age, boolean guardianNamed) {
        VariableMap facts = Vars.CASE_ID.with(CASE_ID);
        Vars.CASE_NUMBER.put(facts, CASE_NUMBER);
        Vars.PROGRAM.put(facts, program);
        Vars.URGENCY.put(facts, "routine");
        Vars.AGE.put(facts, age);
        return Vars.GUARDIAN_NAMED.put(facts, guardianNamed);
    }

    /** What the "Record consent" form submits. */
    private static Map<String, Object> consent(String decision) {
        return withVariables(
                IntakeProcess.Vars.CONSENT_DECISION.name(), decision,
                IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(), true,
                IntakeProcess.Vars.CONTACT_PREFERENCE.name(), "phone",
                IntakeProcess.Vars.CONTACT_TIMES.name(), "mornings",
                IntakeProcess.Vars.CONSENT_GIVEN_BY.name(), "patient",
                IntakeProcess.Vars.CONSENT_METHOD.name(), "verbal");
    }

    /** What the "Refer elsewhere" form submits. */
    private static Map<String, Object> referredTo(String service, String note) {
        return withVariables(
                IntakeProcess.Vars.REFERRED_TO.name(), service, IntakeProcess.Vars.REFER_ELSEWHERE_NOTE.name(), note);
    }

    /** A variable's last value, read from history because the instance has ended. */
    private <T> T finalValue(ProcessInstance instance, Var<T> variable) {
        Object value = processEngine
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .variableName(variable.name())
                .singleResult()
                .getValue();
        return variable.from(Collections.singletonMap(variable.name(), value));
    }
}
