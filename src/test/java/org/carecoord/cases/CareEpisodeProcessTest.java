package org.carecoord.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.cases.CareEpisodeProcess.CALL_ASSESSMENT;
import static org.carecoord.cases.CareEpisodeProcess.CALL_CARE_PLANNING;
import static org.carecoord.cases.CareEpisodeProcess.CALL_INTAKE;
import static org.carecoord.cases.CareEpisodeProcess.END_CANCELLED;
import static org.carecoord.cases.CareEpisodeProcess.END_PLAN_DECLINED;
import static org.carecoord.cases.CareEpisodeProcess.TASK_REGISTER_REFERRAL;
import static org.carecoord.cases.CareEpisodeProcess.TASK_SAFETY_FOLLOW_UP;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess.Scores;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.cases.CareEpisodeProcess.StartForm;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.StandInDelegates;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.security.Groups;
import org.carecoord.support.TestEngine;
import org.carecoord.transitionalcare.EpisodeHandOver;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The episode with its real intake, whose delegates are stand-ins. */
@Deployment(resources = {"processes/care-episode.bpmn", "processes/intake.bpmn", "processes/intake-eligibility.dmn"})
class CareEpisodeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final long CASE_ID = 42L;
    private static final String CASE_NUMBER = StandInDelegates.caseNumber(CASE_ID);
    private static final String OFFERED_PROGRAM = "chronic-care";

    ProcessEngine processEngine;
    private StandInDelegates delegates;

    private String stubDeployment;
    private final java.util.List<String> safetyRecords = new java.util.ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        delegates = StandInDelegates.register();
        Mocks.register("recordSafetyFollowUpDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate)
                e -> safetyRecords.add(CareEpisodeProcess.SafetyFields.ACTION_TAKEN.get(e)));
        // The stages after intake have their own process tests; here they are one-task stand-ins.
        stubDeployment = StageStubs.deployAll(processEngine.getRepositoryService());
    }

    @AfterEach
    void resetDelegates() {
        Mocks.reset();
        processEngine.getRepositoryService().deleteDeployment(stubDeployment, true);
    }

    @Test
    void agreedPlanStartsReferralsAndMonitoringTogetherAndMonitoringEndsInDischarge() {
        ProcessInstance episode = throughIntake();
        ProcessInstance assessment = calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode);
        assertThat(assessment)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Vars.CASE_COORDINATOR.name(), StandInDelegates.COORDINATOR)
                .containsEntry(Vars.RECENT_HOSPITAL_STAY.name(), true);

        complete(task(assessment), Scores.FOOD_NEED.put(assessed("high", 7, true), true));
        ProcessInstance planning = calledProcessInstance(StageStubs.CARE_PLANNING_KEY, episode);
        assertThat(planning)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Scores.RISK_TIER.name(), "high")
                .containsEntry(Scores.PLAN_APPROVAL_REQUIRED.name(), true)
                .containsEntry(Scores.FOOD_NEED.name(), true);
        agreePlan(episode, "housing", "transportation");

        // one referral per need and monitoring run side by side, each with the case number
        assertThat(episode)
                .hasPassed(CALL_ASSESSMENT, CALL_CARE_PLANNING)
                .isWaitingAt(CareEpisodeProcess.CALL_REFERRALS, CareEpisodeProcess.CALL_MONITORING);
        var referrals = referrals();
        assertThat(referrals).hasSize(2);
        assertThat(referrals)
                .extracting(r -> ReferralProcess.Vars.SERVICE_TYPE.from(
                        processEngine.getRuntimeService().getVariables(r.getId())))
                .containsExactlyInAnyOrder("housing", "transportation");
        ProcessInstance monitoring = calledProcessInstance(StageStubs.MONITORING_KEY, episode);
        assertThat(monitoring)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Scores.RISK_TIER.name(), "high")
                .containsEntry(Scores.CONTACT_INTERVAL_DAYS.name(), 7)
                .containsEntry(Vars.CARE_PLAN_ID.name(), 3L)
                .containsEntry(Vars.CASE_COORDINATOR.name(), StandInDelegates.COORDINATOR);

        referrals.forEach(r -> complete(task(r)));
        assertThat(episode)
                .as("closed referrals do not end the episode")
                .hasPassed(CareEpisodeProcess.END_REFERRALS_CLOSED)
                .isWaitingAt(CareEpisodeProcess.CALL_MONITORING);

        complete(task(monitoring), withVariables(Vars.DISCHARGE_REASON.name(), "goals-met"));
        ProcessInstance discharge = calledProcessInstance(StageStubs.DISCHARGE_KEY, episode);
        assertThat(discharge)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Vars.DISCHARGE_REASON.name(), "goals-met")
                .containsEntry(Vars.CARE_PLAN_ID.name(), 3L);
        complete(task(discharge));
        assertThat(episode).hasPassed(CareEpisodeProcess.END_EPISODE_CLOSED).isEnded();
    }

    @Test
    void dischargeEndsReferralsStillWaitingForProviders() {
        ProcessInstance episode = throughIntake();
        complete(task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode)), assessed("low", 30, false));
        agreePlan(episode, "food-assistance");

        complete(
                task(calledProcessInstance(StageStubs.MONITORING_KEY, episode)),
                withVariables(Vars.DISCHARGE_REASON.name(), "lost-to-follow-up"));
        complete(task(calledProcessInstance(StageStubs.DISCHARGE_KEY, episode)));

        assertThat(episode).isEnded();
        assertThat(referrals())
                .as("the referral still waiting ended with the episode")
                .isEmpty();
        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .processInstanceBusinessKey(CASE_NUMBER)
                        .count())
                .isZero();
    }

    @Test
    void patientDeceasedInterruptsMonitoringAndReferralsAndDischargesWithReasonDeceased() {
        ProcessInstance episode = throughIntake();
        complete(task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode)), assessed("low", 30, false));
        agreePlan(episode, "food-assistance");

        processEngine
                .getRuntimeService()
                .createMessageCorrelation(CareEpisodeProcess.MESSAGE_PATIENT_DECEASED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .setVariables(Vars.DISCHARGE_NOTE.with("Died at home on 11/20/2026"))
                .correlateWithResult();

        assertThat(referrals()).isEmpty();
        assertThat(processEngine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(StageStubs.MONITORING_KEY)
                        .count())
                .isZero();
        assertThat(episode).isWaitingAt(CareEpisodeProcess.CALL_DISCHARGE_DECEASED);
        ProcessInstance discharge = calledProcessInstance(StageStubs.DISCHARGE_KEY, episode);
        assertThat(discharge)
                .hasBusinessKey(CASE_NUMBER)
                .variables()
                .containsEntry(Vars.DISCHARGE_REASON.name(), "deceased")
                .containsEntry(Vars.DISCHARGE_NOTE.name(), "Died at home on 11/20/2026")
                .containsEntry(Vars.CARE_PLAN_ID.name(), 3L);
        complete(task(discharge));
        assertThat(episode).isEnded();
    }

    @Test
    void patientWithdrawingDuringTheAssessmentIsDischargedWithoutAPlan() {
        ProcessInstance episode = throughIntake();
        assertThat(episode).isWaitingAt(CALL_ASSESSMENT);

        processEngine
                .getRuntimeService()
                .createMessageCorrelation(CareEpisodeProcess.MESSAGE_PATIENT_WITHDREW)
                .processInstanceBusinessKey(CASE_NUMBER)
                .correlateWithResult();

        assertThat(episode).isWaitingAt(CareEpisodeProcess.CALL_DISCHARGE_WITHDRAWN);
        ProcessInstance discharge = calledProcessInstance(StageStubs.DISCHARGE_KEY, episode);
        assertThat(discharge)
                .variables()
                .containsEntry(Vars.DISCHARGE_REASON.name(), "patient-declined")
                .containsEntry(Vars.CARE_PLAN_ID.name(), null);
        assertThat(processEngine
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(StageStubs.ASSESSMENT_KEY)
                        .count())
                .isZero();
        complete(task(discharge));
        assertThat(episode).isEnded();
    }

    @Test
    void careTransferredDischargesWithReasonTransferred() {
        ProcessInstance episode = throughIntake();
        complete(task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode)), assessed("low", 30, false));
        agreePlan(episode);

        processEngine
                .getRuntimeService()
                .createMessageCorrelation(CareEpisodeProcess.MESSAGE_CARE_TRANSFERRED)
                .processInstanceBusinessKey(CASE_NUMBER)
                .correlateWithResult();

        assertThat(calledProcessInstance(StageStubs.DISCHARGE_KEY, episode))
                .variables()
                .containsEntry(Vars.DISCHARGE_REASON.name(), "transferred");
        assertThat(episode).isWaitingAt(CareEpisodeProcess.CALL_DISCHARGE_TRANSFERRED);
    }

    @Test
    void declinedPlanCancelsTheEpisodeWithReasonPatientDeclined() {
        ProcessInstance episode = throughIntake();
        complete(task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode)), assessed("low", 30, false));

        complete(
                task(calledProcessInstance(StageStubs.CARE_PLANNING_KEY, episode)),
                withVariables(CarePlanningProcess.Vars.CARE_PLAN_OUTCOME.name(), "declined"));

        assertThat(episode).hasPassed(END_PLAN_DECLINED).isEnded();
        // the plan-declined step reuses the cancel delegate with its own reason (an input of that step)
        assertThat(delegates.cancellations)
                .extracting(StandInDelegates.Cancellation::reason)
                .containsExactly(CareEpisodeProcess.REASON_PATIENT_DECLINED);
    }

    @Test
    void safetyConcernInTheAssessmentGivesManagersAnUrgentFollowUpWhileTheEpisodeGoesOn() {
        ProcessInstance episode = throughIntake();

        var flagged = assessed("high", 7, true);
        flagged.putValue(StageStubs.RAISE_SAFETY_CONCERN, true);
        complete(task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, episode)), flagged);

        assertThat(episode).isWaitingAt(TASK_SAFETY_FOLLOW_UP, CALL_CARE_PLANNING);
        var followUp = task(TASK_SAFETY_FOLLOW_UP, episode);
        assertThat(followUp).hasCandidateGroup(Groups.MANAGERS);
        assertThat(followUp.getPriority()).isEqualTo(100);
        assertThat(followUp.getDueDate())
                .isBefore(new java.util.Date(System.currentTimeMillis() + 4 * 3600_000L + 60_000))
                .isAfter(new java.util.Date(System.currentTimeMillis() + 4 * 3600_000L - 60_000));

        complete(
                followUp,
                withVariables(
                        CareEpisodeProcess.SafetyFields.ACTION_TAKEN.name(),
                        "safety-plan",
                        CareEpisodeProcess.SafetyFields.PATIENT_SAFE.name(),
                        "yes"));
        assertThat(safetyRecords).containsExactly("safety-plan");
        assertThat(episode).isWaitingAt(CALL_CARE_PLANNING);
    }

    private ProcessInstance throughIntake() {
        ProcessInstance episode = startRegistered(67);
        ProcessInstance intake = calledProcessInstance(IntakeProcess.KEY, episode);
        complete(task(intake), withVariables(IntakeProcess.Vars.CONSENT_DECISION.name(), IntakeProcess.CONSENT_GIVEN));
        execute(job(intake));
        return episode;
    }

    @Test
    void acceptedIntakeHandsTheCaseToItsCoordinatorForAssessment() {
        ProcessInstance episode = startRegistered(67);
        assertThat(episode).hasPassed(TASK_REGISTER_REFERRAL).isWaitingAt(CALL_INTAKE);
        assertThat(delegates.registeredCaseNumbers)
                .as("an API referral arrives registered")
                .isEmpty();

        ProcessInstance intake = calledProcessInstance(IntakeProcess.KEY, episode);
        assertThat(intake).hasBusinessKey(CASE_NUMBER);
        complete(task(intake), withVariables(IntakeProcess.Vars.CONSENT_DECISION.name(), IntakeProcess.CONSENT_GIVEN));
        execute(job(intake));
        assertThat(intake).isEnded();

        assertThat(episode)
                .isWaitingAt(CALL_ASSESSMENT)
                .variables()
                .containsEntry(Vars.INTAKE_OUTCOME.name(), CareEpisodeProcess.INTAKE_ACCEPTED)
                .containsEntry(Vars.CASE_COORDINATOR.name(), StandInDelegates.COORDINATOR);
        assertThat(episode).hasNotPassed(END_CANCELLED);
    }

    @Test
    void cancelledIntakeEndsTheEpisode() {
        ProcessInstance episode = startRegistered(67);

        complete(
                task(calledProcessInstance(IntakeProcess.KEY, episode)),
                withVariables(IntakeProcess.Vars.CONSENT_DECISION.name(), IntakeProcess.CONSENT_DECLINED));

        assertThat(episode)
                .hasPassed(CALL_INTAKE, END_CANCELLED)
                .hasNotPassed(CALL_ASSESSMENT)
                .isEnded();
        assertThat(delegates.cancellations).singleElement().returns(CASE_ID, StandInDelegates.Cancellation::caseId);
    }

    @Test
    void intakeIsCalledWithTheEpisodesBusinessKeyAndRoutingFacts() {
        ProcessInstance episode = startRegistered(15);

        assertThat(episode)
                .isWaitingAt(CALL_INTAKE)
                .calledProcessInstance(IntakeProcess.KEY)
                .hasBusinessKey(CASE_NUMBER);
        assertThat(calledProcessInstance(IntakeProcess.KEY, episode))
                .variables()
                .containsEntry(Vars.CASE_ID.name(), CASE_ID)
                .containsEntry(Vars.CASE_NUMBER.name(), CASE_NUMBER)
                .containsEntry(Vars.PROGRAM.name(), OFFERED_PROGRAM)
                .containsEntry(Vars.URGENCY.name(), "urgent")
                .containsEntry(Vars.AGE.name(), 15)
                .containsEntry(Vars.GUARDIAN_NAMED.name(), true);
    }

    @Test
    void walkInFromTheStartFormIsRegisteredFirst() {
        String definitionId = processEngine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(CareEpisodeProcess.KEY)
                .singleResult()
                .getId();

        ProcessInstance episode = processEngine.getFormService().submitStartForm(definitionId, startForm());

        String caseNumber = StandInDelegates.caseNumber(StandInDelegates.REGISTERED_CASE_ID);
        assertThat(delegates.registeredCaseNumbers).containsExactly(caseNumber);
        assertThat(episode)
                .hasPassed(TASK_REGISTER_REFERRAL)
                .isWaitingAt(CALL_INTAKE)
                .hasBusinessKey(caseNumber);
        assertThat(episode)
                .variables()
                .containsEntry(Vars.CASE_ID.name(), StandInDelegates.REGISTERED_CASE_ID)
                .containsEntry(Vars.CASE_NUMBER.name(), caseNumber)
                .containsEntry(Vars.PROGRAM.name(), OFFERED_PROGRAM)
                .containsEntry(Vars.AGE.name(), 66)
                .containsEntry(Vars.GUARDIAN_NAMED.name(), false)
                .doesNotContainKeys(Var.names(StartForm.PATIENT_FIELDS).toArray(String[]::new));
        assertThat(calledProcessInstance(IntakeProcess.KEY, episode))
                .hasBusinessKey(caseNumber)
                .isWaitingAt(IntakeProcess.TASK_RECORD_CONSENT);
    }

    @Test
    void eachReportedHospitalStayCallsTransitionalCareBesideMonitoring() {
        EpisodeHandOver.register();
        ProcessInstance episode = processEngine
                .getRuntimeService()
                .createProcessInstanceByKey(CareEpisodeProcess.KEY)
                .businessKey(CASE_NUMBER)
                .setVariables(Vars.CASE_ID
                        .with(CASE_ID)
                        .putValue(Vars.CASE_NUMBER.name(), CASE_NUMBER)
                        .putValue(Vars.CASE_COORDINATOR.name(), "coordinator.dana")
                        .putValue(Vars.URGENCY.name(), "routine")
                        .putValue(Vars.CARE_PLAN_ID.name(), 3L)
                        .putValue("riskTier", "medium")
                        .putValue("contactIntervalDays", 14))
                .startBeforeActivity(CareEpisodeProcess.CALL_MONITORING)
                .execute();

        reportHospitalStay(episode, 700L);
        reportHospitalStay(episode, 701L);

        assertThat(episode).isWaitingAt(CareEpisodeProcess.CALL_MONITORING, TransitionalCareProcess.EPISODE_CALL);
        var stays = processEngine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(TransitionalCareProcess.KEY)
                .processInstanceBusinessKey(CASE_NUMBER)
                .list();
        assertThat(stays)
                .as("one transitional care per stay, by the case number")
                .hasSize(2);
        var first = processEngine.getRuntimeService().getVariables(stays.get(0).getId());
        assertThat(Vars.CASE_ID.from(first)).isEqualTo(CASE_ID);
        assertThat(Vars.CASE_NUMBER.from(first)).isEqualTo(CASE_NUMBER);
        assertThat(Vars.CASE_COORDINATOR.from(first)).isEqualTo("coordinator.dana");
        assertThat(Vars.URGENCY.from(first)).isEqualTo("routine");
        assertThat(stays)
                .extracting(stay -> TransitionalCareProcess.Vars.HOSPITAL_STAY_ID.from(
                        processEngine.getRuntimeService().getVariables(stay.getId())))
                .containsExactlyInAnyOrder(700L, 701L);
        assertThat(TransitionalCareProcess.Vars.REPORTED_STAY_ID.from(
                        processEngine.getRuntimeService().getVariables(episode.getId())))
                .as("the stay belongs to its own transitional-care path")
                .isNull();

        // the LACE re-assessment's results come back to the episode when its transitional care ends
        complete(
                task(stays.get(0)),
                withVariables("readmissionRisk", "high", "riskTier", "high", "contactIntervalDays", 7));
        assertThat(episode)
                .isWaitingAt(CareEpisodeProcess.CALL_MONITORING, TransitionalCareProcess.EPISODE_CALL)
                .hasPassed(TransitionalCareProcess.EPISODE_END);
        assertThat(episode)
                .variables()
                .containsEntry("readmissionRisk", "high")
                .containsEntry("riskTier", "high")
                .containsEntry("contactIntervalDays", 7);
    }

    private void reportHospitalStay(ProcessInstance episode, long stayId) {
        processEngine
                .getRuntimeService()
                .createMessageCorrelation(TransitionalCareProcess.MESSAGE_HOSPITAL_DISCHARGE)
                .processInstanceId(episode.getId())
                .setVariables(TransitionalCareProcess.Vars.REPORTED_STAY_ID.with(stayId))
                .correlateWithResult();
    }

    /** What the assessment stage gives the episode. */
    private static VariableMap assessed(String riskTier, int contactIntervalDays, boolean planApprovalRequired) {
        VariableMap result = Scores.RISK_TIER.with(riskTier);
        Scores.CONTACT_INTERVAL_DAYS.put(result, contactIntervalDays);
        return Scores.PLAN_APPROVAL_REQUIRED.put(result, planApprovalRequired);
    }

    private void agreePlan(ProcessInstance episode, String... referralNeeds) {
        complete(
                task(calledProcessInstance(StageStubs.CARE_PLANNING_KEY, episode)),
                withVariables(
                        CarePlanningProcess.Vars.CARE_PLAN_OUTCOME.name(),
                        "active",
                        Vars.CARE_PLAN_ID.name(),
                        3L,
                        CarePlanningProcess.Vars.REFERRAL_NEEDS.name(),
                        org.carecoord.variables.JsonVariables.javaList(java.util.List.of(referralNeeds))));
    }

    private java.util.List<ProcessInstance> referrals() {
        return processEngine
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(StageStubs.REFERRAL_KEY)
                .processInstanceBusinessKey(CASE_NUMBER)
                .list();
    }

    /** A referral from the API: the case is registered before the episode starts, with its number as business key. */
    private ProcessInstance startRegistered(int age) {
        VariableMap variables = Vars.CASE_ID.with(CASE_ID);
        Vars.CASE_NUMBER.put(variables, CASE_NUMBER);
        Vars.PROGRAM.put(variables, OFFERED_PROGRAM);
        Vars.URGENCY.put(variables, "urgent");
        Vars.AGE.put(variables, age);
        Vars.GUARDIAN_NAMED.put(variables, true);
        Vars.RECENT_HOSPITAL_STAY.put(variables, true);
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(CareEpisodeProcess.KEY, CASE_NUMBER, variables);
    }

    /** What the Tasklist start form submits for a walk-in: no case yet, no business key. */
    private static VariableMap startForm() {
        VariableMap form = StartForm.FIRST_NAME.with("Ada");
        StartForm.LAST_NAME.put(form, "Moss");
        StartForm.DATE_OF_BIRTH.put(form, LocalDate.of(1959, 11, 30)); // as text, 1959-11-30
        StartForm.SEX.put(form, "female");
        StartForm.PREFERRED_LANGUAGE.put(form, "en");
        StartForm.PHONE.put(form, "+1 555 0100 200");
        StartForm.PROGRAM.put(form, OFFERED_PROGRAM);
        StartForm.URGENCY.put(form, "routine");
        StartForm.REFERRAL_SOURCE.put(form, "hospital");
        return StartForm.REASON_FOR_REFERRAL.put(form, "Two admissions for heart failure this winter");
    }
}
