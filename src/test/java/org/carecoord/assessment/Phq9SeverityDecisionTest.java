package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_ITEM9;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_SAFETY_CONCERN;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_SEVERITY;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_SEVERITY_VAR;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_TOTAL;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = "processes/" + PHQ9_SEVERITY + ".dmn")
class Phq9SeverityDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "total {0} is {1}")
    @CsvSource({
        "0,  minimal",
        "4,  minimal",
        "5,  mild",
        "9,  mild",
        "10, moderate",
        "14, moderate",
        "15, moderately-severe",
        "19, moderately-severe",
        "20, severe",
        "27, severe",
    })
    void totalFallsInItsSeverityBand(int total, String severity) {
        assertThat(evaluate(total, 0)).containsEntry(PHQ9_SEVERITY_VAR, severity);
    }

    @Test
    void phq9TotalOf15IsModeratelySevere() {
        assertThat(evaluate(15, 0)).containsEntry(PHQ9_SEVERITY_VAR, "moderately-severe");
    }

    @ParameterizedTest(name = "item 9 answer {0}: safety concern {1}")
    @CsvSource({
        "0, false",
        "1, true",
        "2, true",
        "3, true",
    })
    void anyItem9AnswerAboveNotAtAllIsASafetyConcernEvenWithAMinimalTotal(int item9, boolean concern) {
        assertThat(evaluate(3, item9))
                .containsEntry(PHQ9_SEVERITY_VAR, "minimal")
                .containsEntry(PHQ9_SAFETY_CONCERN, concern);
    }

    @ParameterizedTest(name = "total {0}")
    @ValueSource(ints = {0, 5, 10, 15, 20, 27})
    void safetyConcernIsReportedInEverySeverityBand(int total) {
        assertThat(evaluate(total, 1)).containsEntry(PHQ9_SAFETY_CONCERN, true);
    }

    @Test
    void notAdministeredGivesNoBandAndNoSafetyConcern() {
        assertThat(evaluate(null, null))
                .containsEntry(PHQ9_SEVERITY_VAR, null)
                .containsEntry(PHQ9_SAFETY_CONCERN, false);
    }

    @Test
    void item9AnsweredWithoutATotalStillRaisesTheSafetyConcern() {
        assertThat(evaluate(null, 2)).containsEntry(PHQ9_SEVERITY_VAR, null).containsEntry(PHQ9_SAFETY_CONCERN, true);
    }

    @ParameterizedTest(name = "total {0}")
    @ValueSource(ints = {-1, 28})
    void totalOutsideTheInstrumentRangeGetsNoBand(int total) {
        assertThat(evaluate(total, 0)).containsEntry(PHQ9_SEVERITY_VAR, null);
    }

    @Test
    void variablesNotPassedAtAllCountAsNotAdministered() {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(PHQ9_SEVERITY)
                .evaluate();

        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry(PHQ9_SEVERITY_VAR, null)
                .containsEntry(PHQ9_SAFETY_CONCERN, false);
    }

    @Test
    void returnsExactlyTheContractOutputs() {
        assertThat(evaluate(12, 1)).containsOnlyKeys(PHQ9_SEVERITY_VAR, PHQ9_SAFETY_CONCERN);
    }

    private Map<String, Object> evaluate(Integer total, Integer item9) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(PHQ9_SEVERITY)
                .variables(
                        Variables.createVariables().putValue(PHQ9_TOTAL, total).putValue(PHQ9_ITEM9, item9))
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
