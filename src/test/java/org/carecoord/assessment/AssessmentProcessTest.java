package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.carecoord.assessment.AssessmentAnswers.dailyLiving;
import static org.carecoord.assessment.AssessmentAnswers.lace;
import static org.carecoord.assessment.AssessmentAnswers.mood;
import static org.carecoord.assessment.AssessmentAnswers.socialNeedsNone;
import static org.carecoord.assessment.AssessmentProcess.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.assessment.AssessmentProcess.Scores;
import org.carecoord.assessment.AssessmentProcess.Vars;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.support.TestEngine;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of {@code assessment}, scored by the real DMN decisions and the real answer-to-input rules. */
@Deployment(
        resources = {
            "processes/assessment.bpmn",
            "processes/phq9-severity.dmn",
            "processes/gad7-severity.dmn",
            "processes/hrsn-needs.dmn",
            "processes/katz-adl.dmn",
            "processes/lace-risk.dmn",
            "processes/risk-tier.dmn"
        })
class AssessmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private final List<String> recorded = new ArrayList<>();
    private final List<String> riskTiers = new ArrayList<>();

    @BeforeEach
    void registerDelegates() {
        Mocks.register("assessmentInputs", new AssessmentInputs());
        Mocks.register("openAssessmentDelegate", (JavaDelegate) e -> Vars.ASSESSMENT_ID.set(e, 7L));
        Mocks.register("recordInstrumentsDelegate", (JavaDelegate) e -> {
            for (String code : Vars.INSTRUMENTS.require(e).split(",")) {
                Instrument instrument = Instrument.fromCode(code);
                recorded.add(code
                        + (AssessmentInputs.administered(e, instrument.administeredField) ? "" : ":not-administered"));
                Var.removeAll(e, instrument.itemFields);
            }
        });
        Mocks.register("recordRiskTierDelegate", (JavaDelegate) e -> riskTiers.add(Scores.RISK_TIER.get(e) + "/"
                + Scores.CONTACT_INTERVAL_DAYS.get(e) + "/" + Scores.PLAN_APPROVAL_REQUIRED.get(e)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void afterAHospitalStayAllFourInstrumentsAreScoredAndTheRiskTierComesFromTheDecisions() {
        ProcessInstance assessment = start(true);
        assertThat(assessment)
                .isWaitingAt(
                        TASK_SCREEN_MOOD,
                        TASK_SCREEN_SOCIAL_NEEDS,
                        TASK_ASSESS_DAILY_LIVING,
                        TASK_ASSESS_READMISSION_RISK);

        complete(taskAt(assessment, TASK_SCREEN_MOOD), mood(1, 2, 1, 2, 1, 2, 1, 2, 0)); // PHQ-9 12: moderate
        complete(taskAt(assessment, TASK_SCREEN_SOCIAL_NEEDS), socialNeedsNone());
        complete(taskAt(assessment, TASK_ASSESS_DAILY_LIVING), dailyLiving(6));
        // LACE: 5 days (4) + emergency (3) + Charlson 2 (2) + 1 ED visit (1) = 10: high readmission risk
        complete(
                taskAt(assessment, TASK_ASSESS_READMISSION_RISK), lace(5, AssessmentProcess.ADMISSION_EMERGENCY, 2, 1));

        assertThat(assessment)
                .isEnded()
                .hasPassed(TASK_DETERMINE_RISK_TIER, END_ASSESSED)
                .hasNotPassed(EVENT_MOOD_SAFETY_CONCERN, EVENT_SOCIAL_SAFETY_CONCERN);
        assertThat(riskTiers).containsExactly("high/7/true");
        assertThat(recorded).containsExactlyInAnyOrder("phq9", "gad7", "ahc-hrsn", "katz-adl", "lace");
        assertThat(historicValue(assessment, Scores.PHQ9_SEVERITY)).isEqualTo("moderate");
        assertThat(historicValue(assessment, Scores.LACE_SCORE)).isEqualTo(10);
    }

    @Test
    void withoutARecentHospitalStayThereIsNoLaceStepAndLowScoresGiveTheLowTier() {
        ProcessInstance assessment = start(false);
        assertThat(assessment).isWaitingAt(TASK_SCREEN_MOOD, TASK_SCREEN_SOCIAL_NEEDS, TASK_ASSESS_DAILY_LIVING);
        assertThat(assessment).isNotWaitingAt(TASK_ASSESS_READMISSION_RISK);

        complete(taskAt(assessment, TASK_SCREEN_MOOD), mood(0, 1, 0, 1, 0, 0, 0, 0, 0));
        complete(taskAt(assessment, TASK_SCREEN_SOCIAL_NEEDS), socialNeedsNone());
        complete(taskAt(assessment, TASK_ASSESS_DAILY_LIVING), dailyLiving(6));

        assertThat(assessment).isEnded().hasNotPassed(TASK_ASSESS_READMISSION_RISK);
        assertThat(riskTiers).containsExactly("low/30/false");
    }

    @Test
    void phq9Item9RaisesTheSafetyConcernAtOnceWhileOtherInstrumentsAreStillOpen() {
        ProcessInstance assessment = start(false);

        complete(taskAt(assessment, TASK_SCREEN_MOOD), mood(0, 0, 0, 0, 0, 0, 0, 0, 1));

        assertThat(assessment)
                .hasPassed(EVENT_MOOD_SAFETY_CONCERN)
                .isWaitingAt(TASK_SCREEN_SOCIAL_NEEDS, TASK_ASSESS_DAILY_LIVING);
    }

    @Test
    void socialSafetyNeedRaisesTheConcernAndAFlaggedMoodScreenDoesNotRaiseItTwice() {
        ProcessInstance assessment = start(false);
        var social = socialNeedsNone();
        Fields.SAFETY_HURT.put(social, "2"); // physically hurt "rarely" is already a safety need

        complete(taskAt(assessment, TASK_SCREEN_SOCIAL_NEEDS), social);
        assertThat(assessment).hasPassed(EVENT_SOCIAL_SAFETY_CONCERN);
        complete(taskAt(assessment, TASK_SCREEN_MOOD), mood(0, 0, 0, 0, 0, 0, 0, 0, 2));
        complete(taskAt(assessment, TASK_ASSESS_DAILY_LIVING), dailyLiving(6));

        assertThat(assessment).isEnded().hasNotPassed(EVENT_MOOD_SAFETY_CONCERN);
        assertThat(riskTiers).containsExactly("high/7/true");
    }

    @Test
    void instrumentsNotAdministeredPassNullAndCountAsNoRisk() {
        ProcessInstance assessment = start(false);

        complete(
                taskAt(assessment, TASK_SCREEN_MOOD),
                Map.of(Fields.PHQ9_ADMINISTERED.name(), false, Fields.GAD7_ADMINISTERED.name(), false));
        complete(taskAt(assessment, TASK_SCREEN_SOCIAL_NEEDS), Map.of(Fields.HRSN_ADMINISTERED.name(), false));
        complete(taskAt(assessment, TASK_ASSESS_DAILY_LIVING), dailyLiving(4)); // moderate impairment

        assertThat(historicValue(assessment, Scores.PHQ9_SEVERITY)).isNull();
        assertThat(recorded).contains("phq9:not-administered", "gad7:not-administered", "ahc-hrsn:not-administered");
        assertThat(riskTiers).containsExactly("medium/14/false");
    }

    @Test
    void itemAnswersLeaveTheProcessOnceRecordedWhileScoresStayToRouteOn() {
        ProcessInstance assessment = start(false);

        complete(taskAt(assessment, TASK_SCREEN_MOOD), mood(3, 3, 3, 3, 3, 2, 2, 2, 0)); // 21: severe

        Map<String, Object> variables = runtimeService().getVariables(assessment.getId());
        assertThat(variables).doesNotContainKeys(Var.names(Fields.PHQ9_ITEMS).toArray(String[]::new));
        assertThat(Scores.PHQ9_SEVERITY.from(variables)).isEqualTo("severe");
        assertThat(Scores.PHQ9_TOTAL.from(variables)).isEqualTo(21);
    }

    private ProcessInstance start(boolean recentHospitalStay) {
        VariableMap variables = CareEpisodeProcess.Vars.CASE_ID.with(7L);
        CareEpisodeProcess.Vars.CASE_NUMBER.put(variables, "CC-2026-000007");
        CareEpisodeProcess.Vars.CASE_COORDINATOR.put(variables, "coordinator");
        Vars.RECENT_HOSPITAL_STAY.put(variables, recentHospitalStay);
        return runtimeService().startProcessInstanceByKey(KEY, "CC-2026-000007", variables);
    }

    private static org.camunda.bpm.engine.task.Task taskAt(ProcessInstance instance, String activity) {
        return task(activity, instance);
    }

    private static <T> T historicValue(ProcessInstance instance, Var<T> handle) {
        // the process-level value (steps' local inputs of the same name are historic variables too)
        var variable = historyService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId())
                .activityInstanceIdIn(instance.getId())
                .variableName(handle.name())
                .singleResult();
        return variable == null ? null : handle.from(Collections.singletonMap(handle.name(), variable.getValue()));
    }
}
