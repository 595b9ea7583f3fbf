package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.GAD7_SEVERITY;
import static org.carecoord.assessment.AssessmentDecisions.GAD7_SEVERITY_VAR;
import static org.carecoord.assessment.AssessmentDecisions.GAD7_TOTAL;

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

@Deployment(resources = "processes/" + GAD7_SEVERITY + ".dmn")
class Gad7SeverityDecisionTest {

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
        "15, severe",
        "21, severe",
    })
    void totalFallsInItsSeverityBand(int total, String severity) {
        assertThat(evaluate(total)).containsEntry(GAD7_SEVERITY_VAR, severity);
    }

    @Test
    void gad7TotalOf10IsModerate() {
        assertThat(evaluate(10)).containsEntry(GAD7_SEVERITY_VAR, "moderate");
    }

    @Test
    void notAdministeredGivesNoBand() {
        assertThat(evaluate(null)).containsEntry(GAD7_SEVERITY_VAR, null);
    }

    @ParameterizedTest(name = "total {0}")
    @ValueSource(ints = {-1, 22})
    void totalOutsideTheInstrumentRangeGetsNoBand(int total) {
        assertThat(evaluate(total)).containsEntry(GAD7_SEVERITY_VAR, null);
    }

    @Test
    void returnsExactlyTheContractOutput() {
        assertThat(evaluate(7)).containsOnlyKeys(GAD7_SEVERITY_VAR);
    }

    private Map<String, Object> evaluate(Integer total) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(GAD7_SEVERITY)
                .variables(Variables.createVariables().putValue(GAD7_TOTAL, total))
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
