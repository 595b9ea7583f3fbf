package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.ADL_FUNCTION;
import static org.carecoord.assessment.AssessmentDecisions.ADL_INDEPENDENT_COUNT;
import static org.carecoord.assessment.AssessmentDecisions.KATZ_ADL;

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

@Deployment(resources = "processes/" + KATZ_ADL + ".dmn")
class KatzAdlDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} of 6 activities done alone: {1}")
    @CsvSource({
        "6, full",
        "5, moderate-impairment",
        "3, moderate-impairment",
        "2, severe-impairment",
        "0, severe-impairment",
    })
    void independentActivitiesSetTheFunctionBand(int count, String function) {
        assertThat(evaluate(count)).containsEntry(ADL_FUNCTION, function);
    }

    @Test
    void needingHelpWithFourActivitiesIsSevereImpairment() {
        assertThat(evaluate(2)).containsEntry(ADL_FUNCTION, "severe-impairment");
    }

    @Test
    void notAssessedGivesNoResult() {
        assertThat(evaluate(null)).containsEntry(ADL_FUNCTION, null);
    }

    @ParameterizedTest(name = "count {0}")
    @ValueSource(ints = {-1, 7})
    void countOutsideZeroToSixGetsNoResult(int count) {
        assertThat(evaluate(count)).containsEntry(ADL_FUNCTION, null);
    }

    @Test
    void returnsExactlyTheContractOutput() {
        assertThat(evaluate(4)).containsOnlyKeys(ADL_FUNCTION);
    }

    private Map<String, Object> evaluate(Integer count) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(KATZ_ADL)
                .variables(Variables.createVariables().putValue(ADL_INDEPENDENT_COUNT, count))
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
