package org.carecoord.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.assessment.AssessmentDecisions.ADL_FUNCTION;
import static org.carecoord.assessment.AssessmentDecisions.CONTACT_INTERVAL_DAYS;
import static org.carecoord.assessment.AssessmentDecisions.GAD7_SEVERITY_VAR;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_SAFETY_CONCERN;
import static org.carecoord.assessment.AssessmentDecisions.PHQ9_SEVERITY_VAR;
import static org.carecoord.assessment.AssessmentDecisions.PLAN_APPROVAL_REQUIRED;
import static org.carecoord.assessment.AssessmentDecisions.READMISSION_RISK;
import static org.carecoord.assessment.AssessmentDecisions.RISK_TIER;
import static org.carecoord.assessment.AssessmentDecisions.RISK_TIER_VAR;
import static org.carecoord.assessment.AssessmentDecisions.SAFETY_NEED;
import static org.carecoord.assessment.AssessmentDecisions.SDOH_NEED_COUNT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table rows hold one finding at a time; an empty cell is an instrument that was not given (null). The last test
 * shows a manager's edited table taking effect when it is deployed again.
 */
@Deployment(resources = RiskTierDecisionTest.RESOURCE)
class RiskTierDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    static final String RESOURCE = "processes/" + RISK_TIER + ".dmn";
    private static final String LOW_TIER_INTERVAL = "<text>30</text>";

    ProcessEngine processEngine;

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(textBlock = """
        # PHQ-9 band,     self-harm, GAD-7 band, LACE risk, Katz ADL,          needs, safety need
                        , true     ,           ,          ,                  ,      ,
                        ,          ,           ,          ,                  ,      , true
        moderately-severe,          ,           ,          ,                  ,      ,
        severe          ,          ,           ,          ,                  ,      ,
                        ,          ,           , high     ,                  ,      ,
                        ,          ,           ,          , severe-impairment,      ,
                        ,          ,           ,          ,                  , 3    ,
                        ,          ,           ,          ,                  , 5    ,
        minimal         , true     , minimal   , low      , full             , 0    , false
        moderate        ,          , severe    , high     ,                  ,      ,
        """)
    void anyHighRiskFindingMakesTheTierHigh(
            String phq9Band,
            Boolean selfHarm,
            String gad7Band,
            String laceRisk,
            String adl,
            Integer needs,
            Boolean safetyNeed) {
        assertThat(evaluate(findings(phq9Band, selfHarm, gad7Band, laceRisk, adl, needs, safetyNeed)))
                .containsEntry(RISK_TIER_VAR, "high")
                .containsEntry(CONTACT_INTERVAL_DAYS, 7)
                .containsEntry(PLAN_APPROVAL_REQUIRED, true);
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(textBlock = """
        # PHQ-9 band, self-harm, GAD-7 band, LACE risk, Katz ADL,            needs, safety need
        moderate    ,          ,           ,          ,                    ,      ,
                    ,          , moderate  ,          ,                    ,      ,
                    ,          , severe    ,          ,                    ,      ,
                    ,          ,           , moderate ,                    ,      ,
                    ,          ,           ,          , moderate-impairment,      ,
                    ,          ,           ,          ,                    , 1    ,
                    ,          ,           ,          ,                    , 2    ,
        minimal     , false    , moderate  , low      , full               , 0    , false
        """)
    void anyMediumRiskFindingWithoutAHighOneMakesTheTierMedium(
            String phq9Band,
            Boolean selfHarm,
            String gad7Band,
            String laceRisk,
            String adl,
            Integer needs,
            Boolean safetyNeed) {
        assertThat(evaluate(findings(phq9Band, selfHarm, gad7Band, laceRisk, adl, needs, safetyNeed)))
                .containsEntry(RISK_TIER_VAR, "medium")
                .containsEntry(CONTACT_INTERVAL_DAYS, 14)
                .containsEntry(PLAN_APPROVAL_REQUIRED, false);
    }

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(textBlock = """
        # PHQ-9 band, self-harm, GAD-7 band, LACE risk, Katz ADL, needs, safety need
        minimal     ,          ,           ,          ,         ,      ,
        mild        ,          ,           ,          ,         ,      ,
                    , false    ,           ,          ,         ,      ,
                    ,          , minimal   ,          ,         ,      ,
                    ,          , mild      ,          ,         ,      ,
                    ,          ,           , low      ,         ,      ,
                    ,          ,           ,          , full    ,      ,
                    ,          ,           ,          ,         , 0    ,
                    ,          ,           ,          ,         ,      , false
        mild        , false    , mild      , low      , full    , 0    , false
        """)
    void onlyLowRiskFindingsMakeTheTierLow(
            String phq9Band,
            Boolean selfHarm,
            String gad7Band,
            String laceRisk,
            String adl,
            Integer needs,
            Boolean safetyNeed) {
        assertThat(evaluate(findings(phq9Band, selfHarm, gad7Band, laceRisk, adl, needs, safetyNeed)))
                .containsEntry(RISK_TIER_VAR, "low")
                .containsEntry(CONTACT_INTERVAL_DAYS, 30)
                .containsEntry(PLAN_APPROVAL_REQUIRED, false);
    }

    @Test
    void nothingAssessedIsLowRiskWithMonthlyContactAndNoApproval() {
        assertThat(evaluate(findings(null, null, null, null, null, null, null)))
                .containsEntry(RISK_TIER_VAR, "low")
                .containsEntry(CONTACT_INTERVAL_DAYS, 30)
                .containsEntry(PLAN_APPROVAL_REQUIRED, false);
    }

    @Test
    void variablesNotPassedAtAllCountAsNotAssessed() {
        assertThat(evaluate(Variables.createVariables())).containsEntry(RISK_TIER_VAR, "low");
    }

    @Test
    void phq9SafetyConcernAloneMakesTheTierHigh() {
        assertThat(evaluate(Variables.createVariables().putValue(PHQ9_SAFETY_CONCERN, true)))
                .containsEntry(RISK_TIER_VAR, "high");
    }

    @Test
    void returnsExactlyTheContractOutputs() {
        assertThat(evaluate(Variables.createVariables()))
                .containsOnlyKeys(RISK_TIER_VAR, CONTACT_INTERVAL_DAYS, PLAN_APPROVAL_REQUIRED);
    }

    @Test
    void managersChangedContactIntervalTakesEffectOnRedeployment() throws IOException {
        String original = readClasspath(RESOURCE);
        assertThat(original).containsOnlyOnce(LOW_TIER_INTERVAL);
        RepositoryService repositoryService = processEngine.getRepositoryService();

        String deploymentId = repositoryService
                .createDeployment()
                .addString(RESOURCE, original.replace(LOW_TIER_INTERVAL, "<text>21</text>"))
                .deploy()
                .getId();
        try {
            assertThat(repositoryService
                            .createDecisionDefinitionQuery()
                            .decisionDefinitionKey(RISK_TIER)
                            .latestVersion()
                            .singleResult()
                            .getVersion())
                    .isEqualTo(2);
            assertThat(evaluate(Variables.createVariables()))
                    .containsEntry(RISK_TIER_VAR, "low")
                    .containsEntry(CONTACT_INTERVAL_DAYS, 21);
            assertThat(processEngine
                            .getDecisionService()
                            .evaluateDecisionByKey(RISK_TIER)
                            .version(1)
                            .evaluate()
                            .getSingleResult()
                            .getEntryMap())
                    .containsEntry(CONTACT_INTERVAL_DAYS, 30);
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private static String readClasspath(String resource) throws IOException {
        try (InputStream in = RiskTierDecisionTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static VariableMap findings(
            String phq9Band,
            Boolean selfHarm,
            String gad7Band,
            String laceRisk,
            String adl,
            Integer needs,
            Boolean safetyNeed) {
        return Variables.createVariables()
                .putValue(PHQ9_SEVERITY_VAR, phq9Band)
                .putValue(PHQ9_SAFETY_CONCERN, selfHarm)
                .putValue(GAD7_SEVERITY_VAR, gad7Band)
                .putValue(READMISSION_RISK, laceRisk)
                .putValue(ADL_FUNCTION, adl)
                .putValue(SDOH_NEED_COUNT, needs)
                .putValue(SAFETY_NEED, safetyNeed);
    }

    private Map<String, Object> evaluate(VariableMap findings) {
        DmnDecisionResult result = processEngine
                .getDecisionService()
                .evaluateDecisionByKey(RISK_TIER)
                .variables(findings)
                .evaluate();
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }
}
