package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.ACUTE_ADMISSION;
import static org.carecoord.assessment.AssessmentDecisions.CHARLSON_INDEX;
import static org.carecoord.assessment.AssessmentDecisions.ED_VISITS_6M;
import static org.carecoord.assessment.AssessmentDecisions.LACE_RISK;
import static org.carecoord.assessment.AssessmentDecisions.LACE_SCORE;
import static org.carecoord.assessment.AssessmentDecisions.LENGTH_OF_STAY_DAYS;
import static org.carecoord.assessment.AssessmentDecisions.READMISSION_RISK;

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

/** LACE index (van Walraven et al. 2010). Component tests hold the other three components at 0 points. */
@Deployment(resources = "processes/" + LACE_RISK + ".dmn")
class LaceRiskDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    ProcessEngine processEngine;

    @ParameterizedTest(name = "{0} days in hospital: {1} points")
    @CsvSource({
        "0,  0", "1,  1", "2,  2", "3,  3", "4,  4", "6,  4", "7,  5", "13, 5", "14, 7", "60, 7",
    })
    void lengthOfStayPoints(int days, int points) {
        assertThat(evaluate(days, false, 0, 0)).containsEntry(LACE_SCORE, points);
    }

    @ParameterizedTest(name = "emergency admission {0}: {1} points")
    @CsvSource({
        "false, 0",
        "true,  3",
    })
    void acuityPoints(boolean acute, int points) {
        assertThat(evaluate(0, acute, 0, 0)).containsEntry(LACE_SCORE, points);
    }

    @ParameterizedTest(name = "Charlson index {0}: {1} points")
    @CsvSource({
        "0, 0", "1, 1", "2, 2", "3, 3", "4, 5", "9, 5",
    })
    void comorbidityPoints(int charlson, int points) {
        assertThat(evaluate(0, false, charlson, 0)).containsEntry(LACE_SCORE, points);
    }

    @ParameterizedTest(name = "{0} ED visits: {1} points")
    @CsvSource({
        "0,  0", "1,  1", "3,  3", "4,  4", "10, 4",
    })
    void emergencyVisitPointsAreCappedAtFour(int visits, int points) {
        assertThat(evaluate(0, false, 0, visits)).containsEntry(LACE_SCORE, points);
    }

    @ParameterizedTest(name = "stay {0}, emergency {1}, Charlson {2}, ED {3}: {4} is {5}")
    @CsvSource({
        "0,  false, 0, 0, 0,  low",
        "2,  false, 1, 1, 4,  low",
        "3,  false, 1, 1, 5,  moderate",
        "4,  true,  1, 1, 9,  moderate",
        "4,  true,  2, 1, 10, high",
        "14, true,  4, 4, 19, high",
    })
    void scoreIsTheSumOfItsPartsAndSetsTheReadmissionRisk(
            int days, boolean acute, int charlson, int visits, int score, String risk) {
        assertThat(evaluate(days, acute, charlson, visits))
                .containsEntry(LACE_SCORE, score)
                .containsEntry(READMISSION_RISK, risk);
    }

    @Test
    void maximumScoreOf19IsHighRisk() {
        assertThat(evaluate(30, true, 8, 12)).containsEntry(LACE_SCORE, 19).containsEntry(READMISSION_RISK, "high");
    }

    @Test
    void withoutALengthOfStayLaceIsNotAssessed() {
        assertThat(evaluate(null, true, 4, 4)).containsEntry(LACE_SCORE, null).containsEntry(READMISSION_RISK, null);
    }

    @Test
    void allInputsMissingMeansNotAssessed() {
        assertThat(evaluate(null, null, null, null))
                .containsEntry(LACE_SCORE, null)
                .containsEntry(READMISSION_RISK, null);
    }

    @Test
    void unrecordedAcuityComorbidityAndVisitsCountAsZero() {
        assertThat(evaluate(7, null, null, null))
                .containsEntry(LACE_SCORE, 5)
                .containsEntry(READMISSION_RISK, "moderate");
    }

    @Test
    void returnsExactlyTheContractOutputs() {
        assertThat(evaluate(5, true, 2, 1)).containsOnlyKeys(LACE_SCORE, READMISSION_RISK);
    }

    private Map<String, Object> evaluate(Integer days, Boolean acute, Integer charlson, Integer visits) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(LACE_RISK)
                .variables(Variables.createVariables()
                        .putValue(LENGTH_OF_STAY_DAYS, days)
                        .putValue(ACUTE_ADMISSION, acute)
                        .putValue(CHARLSON_INDEX, charlson)
                        .putValue(ED_VISITS_6M, visits))
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
