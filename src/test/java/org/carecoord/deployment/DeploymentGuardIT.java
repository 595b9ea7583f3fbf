package org.carecoord.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #9 §1 against the running application: a manager's deployment through the engine REST cannot run code. */
class DeploymentGuardIT extends PostgresIntegrationTest {

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void removeWhatTheTestsDeployed() {
        // redeployed models would otherwise become the latest versions the other ITs start
        repository
                .createDeploymentQuery()
                .deploymentNameLike("guard-%")
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    static Stream<Arguments> injections() {
        return Stream.of(InjectionModels.examples()).map(e -> Arguments.of(e[0], e[1], e[2], e[3], e[4]));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("injections")
    void aModelThatTriesToRunCodeIsRefusedAndNothingIsDeployed(
            String key, String resource, String content, String elementId, String rule) {
        var response = api.deploy("manager", key, Map.of(resource, bytes(content)), Map.of());

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().path("details").path(resource).path("errors");
        assertThat(errors.findValuesAsText("message"))
                .contains(elementId == null ? rule : "element " + elementId + ": " + rule);
        if (elementId != null) {
            assertThat(errors.findValuesAsText("mainElementId")).contains(elementId);
        }
        assertThat(response.body())
                .doesNotContain("java.lang", "jdbcTemplate", "select *", "/etc/passwd", "\tat ", "org.carecoord");
        assertThat(repository.createDeploymentQuery().deploymentName(key).count())
                .isZero();
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
        assertThat(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(key)
                        .count())
                .isZero();
        assertThat(Path.of("/tmp/carecoord-pwned")).doesNotExist();
    }

    @Test
    void aLegitimateModelDeploys() throws Exception {
        String dmn = Files.readString(Path.of("processes/intake-eligibility.dmn"))
                .replace("\"intake-eligibility\"", "\"guard-intake-eligibility\"");
        var response = api.deploy(
                "manager",
                "guard-legitimate",
                Map.of(
                        "guard-intake-eligibility.dmn", bytes(dmn),
                        "guard-user-task.bpmn", bytes(InjectionModels.userTaskProcess("guard-user-task"))),
                Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey("guard-intake-eligibility")
                        .count())
                .isOne();
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("guard-user-task")
                        .count())
                .isOne();
    }

    @Test
    void everyModelAndFormOfOursRedeploysThroughTheEngineRest() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String folder : new String[] {"processes", "forms"}) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                for (Path path : paths.sorted().toList()) {
                    // a line break more: an unchanged file would be left out (UnchangedModelsSkipped), not checked anew
                    files.put(path.getFileName().toString(), bytes(Files.readString(path) + "\n"));
                }
            }
        }

        var response = api.deploy("manager", "guard-redeploy-" + System.nanoTime(), files, Map.of());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("deployedProcessDefinitions").size()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void expressionsResolveOurDelegatesAndHelpersButNoOtherBean() {
        var expressions = (JuelExpressionManager) engineConfiguration.getExpressionManager();
        var context = expressions.createElContext(Variables.emptyVariableContext());

        assertThat(expressions.createValueExpression("${businessCalendar}").getValue(context))
                .isInstanceOf(BusinessCalendar.class);
        assertThat(expressions.createValueExpression("${recordContactDelegate}").getValue(context))
                .isNotNull();
        for (String bean : new String[] {
            "jdbcTemplate",
            "dataSource",
            "repositoryService",
            "identityService",
            "deploymentGuardPlugin",
            "caseRepository"
        }) {
            assertThatThrownBy(() ->
                            expressions.createValueExpression("${" + bean + "}").getValue(context))
                    .as(bean)
                    .isInstanceOf(PropertyNotFoundException.class);
        }
    }

    @Test
    void aModelThatNamesAnotherBeanDeploysButCannotReachIt() {
        // a bare name passes the guard, as it may be a variable; at run time it is one, never the bean
        String model = InjectionModels.bpmn(
                "guard-bean-name",
                "<bpmn:sequenceFlow id='Flow_1' sourceRef='Start' "
                        + "targetRef='Task_Work'/><bpmn:userTask id='Task_Work' camunda:assignee='${jdbcTemplate}'/>");
        repository
                .createDeployment()
                .name("guard-bean-name")
                .addString("guard-bean-name.bpmn", model)
                .deploy();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("guard-bean-name"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("jdbcTemplate");
        assertThat(runtime.startProcessInstanceByKey("guard-bean-name", Map.of("jdbcTemplate", "someone")))
                .isNotNull();
    }

    @Test
    void theJavaApiIsHeldToTheSameRules() {
        String[] jdbc = InjectionModels.example("guard-jdbc");

        assertThatThrownBy(() -> repository
                        .createDeployment()
                        .name(jdbc[0])
                        .addString(jdbc[1], jdbc[2])
                        .deploy())
                .isInstanceOf(org.camunda.bpm.engine.ParseException.class)
                .hasMessageContaining("element Task_Inject: " + ExpressionChecker.NOT_WHITELISTED);
        assertThat(repository.createDeploymentQuery().deploymentName(jdbc[0]).count())
                .isZero();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
