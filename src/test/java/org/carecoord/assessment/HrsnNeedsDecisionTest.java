package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.FOOD_NEED;
import static org.carecoord.assessment.AssessmentDecisions.FOOD_RAN_OUT;
import static org.carecoord.assessment.AssessmentDecisions.FOOD_WORRY;
import static org.carecoord.assessment.AssessmentDecisions.HOUSING_NEED;
import static org.carecoord.assessment.AssessmentDecisions.HOUSING_PROBLEMS;
import static org.carecoord.assessment.AssessmentDecisions.HRSN_NEEDS;
import static org.carecoord.assessment.AssessmentDecisions.LIVING_SITUATION;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_HURT;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_INSULT;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_NEED;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_SCREAM;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_THREATEN;
import static org.carecoord.assessment.AssessmentDecisions.SDOH_NEED_COUNT;
import static org.carecoord.assessment.AssessmentDecisions.TRANSPORTATION_BARRIER;
import static org.carecoord.assessment.AssessmentDecisions.TRANSPORTATION_NEED;
import static org.carecoord.assessment.AssessmentDecisions.UTILITY_NEED;
import static org.carecoord.assessment.AssessmentDecisions.UTILITY_SHUTOFF_THREAT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AHC-HRSN core needs. Each domain test starts from answers that show no need and changes one domain. */
@Deployment(resources = "processes/" + HRSN_NEEDS + ".dmn")
class HrsnNeedsDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final List<String> NEEDS =
            List.of(HOUSING_NEED, FOOD_NEED, TRANSPORTATION_NEED, UTILITY_NEED, SAFETY_NEED);

    ProcessEngine processEngine;

    @ParameterizedTest(name = "living situation {0}, {1} housing problems: need {2}")
    @CsvSource({
        "steady,             0, false",
        "steady-but-worried, 0, true",
        "not-steady,         0, true",
        "steady,             1, true",
        "steady,             4, true",
    })
    void housingNeedWhenNotSteadyOrAnyHousingProblem(String living, int problems, boolean need) {
        assertOnlyNeed(
                evaluate(noNeeds().putValue(LIVING_SITUATION, living).putValue(HOUSING_PROBLEMS, problems)),
                HOUSING_NEED,
                need);
    }

    @ParameterizedTest(name = "worried {0}, ran out {1}: need {2}")
    @CsvSource({
        "never,     never,     false",
        "sometimes, never,     true",
        "often,     never,     true",
        "never,     sometimes, true",
        "never,     often,     true",
    })
    void foodNeedWhenEitherFoodAnswerIsSometimesOrOften(String worry, String ranOut, boolean need) {
        assertOnlyNeed(evaluate(noNeeds().putValue(FOOD_WORRY, worry).putValue(FOOD_RAN_OUT, ranOut)), FOOD_NEED, need);
    }

    @ParameterizedTest(name = "barrier {0}: need {0}")
    @CsvSource({"false", "true"})
    void transportationNeedWhenLackOfTransportationKeptThemFromThings(boolean barrier) {
        assertOnlyNeed(evaluate(noNeeds().putValue(TRANSPORTATION_BARRIER, barrier)), TRANSPORTATION_NEED, barrier);
    }

    @ParameterizedTest(name = "shut-off threat {0}: need {1}")
    @CsvSource({
        "no,               false",
        "yes,              true",
        "already-shut-off, true",
    })
    void utilityNeedWhenShutOffThreatenedOrDone(String threat, boolean need) {
        assertOnlyNeed(evaluate(noNeeds().putValue(UTILITY_SHUTOFF_THREAT, threat)), UTILITY_NEED, need);
    }

    @ParameterizedTest(name = "hurt {0}, insult {1}, threaten {2}, scream {3}: need {4}")
    @CsvSource({
        "1, 1, 1, 1, false",
        "1, 3, 3, 3, false",
        "1, 4, 3, 3, true",
        "1, 5, 5, 5, true",
        "2, 1, 1, 1, true",
        "5, 1, 1, 1, true",
    })
    void safetyNeedWhenAnswersSumToMoreThan10OrAnyPhysicalHurt(
            int hurt, int insult, int threaten, int scream, boolean need) {
        assertOnlyNeed(evaluate(safety(noNeeds(), hurt, insult, threaten, scream)), SAFETY_NEED, need);
    }

    @ParameterizedTest(name = "hurt {0}, insult {1}, threaten {2}, scream {3}: need {4}")
    @CsvSource({
        "1,  5, 5,  , true",
        "1,  4, 4,  , false",
        " ,  5, 5, 5, true",
        " ,  1, 1, 1, false",
    })
    void partlyAnsweredSafetyQuestionsCountTheAnsweredOnes(
            Integer hurt, Integer insult, Integer threaten, Integer scream, boolean need) {
        assertOnlyNeed(evaluate(safety(noNeeds(), hurt, insult, threaten, scream)), SAFETY_NEED, need);
    }

    @Test
    void sdohNeedCountCountsEveryDomainWithANeed() {
        VariableMap answers = noNeeds()
                .putValue(LIVING_SITUATION, "not-steady")
                .putValue(FOOD_RAN_OUT, "often")
                .putValue(UTILITY_SHUTOFF_THREAT, "yes");

        assertThat(evaluate(answers))
                .containsEntry(HOUSING_NEED, true)
                .containsEntry(FOOD_NEED, true)
                .containsEntry(TRANSPORTATION_NEED, false)
                .containsEntry(UTILITY_NEED, true)
                .containsEntry(SAFETY_NEED, false)
                .containsEntry(SDOH_NEED_COUNT, 3);
    }

    @Test
    void needsInAllFiveDomainsCountFive() {
        VariableMap answers = safety(noNeeds(), 2, 4, 4, 4)
                .putValue(HOUSING_PROBLEMS, 2)
                .putValue(FOOD_WORRY, "sometimes")
                .putValue(TRANSPORTATION_BARRIER, true)
                .putValue(UTILITY_SHUTOFF_THREAT, "already-shut-off");

        Map<String, Object> result = evaluate(answers);

        NEEDS.forEach(need -> assertThat(result).containsEntry(need, true));
        assertThat(result).containsEntry(SDOH_NEED_COUNT, 5);
    }

    @Test
    void nothingAnsweredMeansNoNeeds() {
        VariableMap unanswered = safety(Variables.createVariables(), null, null, null, null)
                .putValue(LIVING_SITUATION, null)
                .putValue(HOUSING_PROBLEMS, null)
                .putValue(FOOD_WORRY, null)
                .putValue(FOOD_RAN_OUT, null)
                .putValue(TRANSPORTATION_BARRIER, null)
                .putValue(UTILITY_SHUTOFF_THREAT, null);

        assertOnlyNeed(evaluate(unanswered), SAFETY_NEED, false);
    }

    @Test
    void variablesNotPassedAtAllMeanNoNeeds() {
        assertOnlyNeed(evaluate(Variables.createVariables()), SAFETY_NEED, false);
    }

    @Test
    void returnsExactlyTheContractOutputs() {
        assertThat(evaluate(noNeeds()))
                .containsOnlyKeys(
                        HOUSING_NEED, FOOD_NEED, TRANSPORTATION_NEED, UTILITY_NEED, SAFETY_NEED, SDOH_NEED_COUNT);
    }

    /** Answers with no need in any domain. */
    private static VariableMap noNeeds() {
        return safety(Variables.createVariables(), 1, 1, 1, 1)
                .putValue(LIVING_SITUATION, "steady")
                .putValue(HOUSING_PROBLEMS, 0)
                .putValue(FOOD_WORRY, "never")
                .putValue(FOOD_RAN_OUT, "never")
                .putValue(TRANSPORTATION_BARRIER, false)
                .putValue(UTILITY_SHUTOFF_THREAT, "no");
    }

    private static VariableMap safety(
            VariableMap answers, Integer hurt, Integer insult, Integer threaten, Integer scream) {
        return answers.putValue(SAFETY_HURT, hurt)
                .putValue(SAFETY_INSULT, insult)
                .putValue(SAFETY_THREATEN, threaten)
                .putValue(SAFETY_SCREAM, scream);
    }

    /** The given domain has {@code expected}; every other domain has no need; the count agrees. */
    private static void assertOnlyNeed(Map<String, Object> result, String domain, boolean expected) {
        NEEDS.forEach(need -> assertThat(result).containsEntry(need, need.equals(domain) && expected));
        assertThat(result).containsEntry(SDOH_NEED_COUNT, expected ? 1 : 0);
    }

    private Map<String, Object> evaluate(VariableMap answers) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(HRSN_NEEDS)
                .variables(answers)
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
