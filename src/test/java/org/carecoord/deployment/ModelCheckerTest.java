package org.carecoord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelCheckerTest {

    // the real registry is the application's (DeploymentGuardIT); here any *Delegate / *Listener name counts
    private final ModelChecker checker =
            new ModelChecker(name -> name.endsWith("Delegate") || name.endsWith("Listener"));

    static Stream<Path> everyModelAndForm() throws Exception {
        return Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("everyModelAndForm")
    void everyModelAndFormOfOursPasses(Path file) throws Exception {
        assertThat(checker.check(file.getFileName().toString(), Files.readAllBytes(file)))
                .isEmpty();
    }

    static Stream<Arguments> injections() {
        return Stream.of(InjectionModels.examples()).map(e -> Arguments.of(e[1], e[2], e[3], e[4]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("injections")
    void aModelThatTriesToRunCodeIsRefusedNamingElementAndRule(
            String resource, String content, String elementId, String rule) {
        List<Violation> violations = checker.check(resource, bytes(content));

        assertThat(violations)
                .extracting(Violation::getMessage)
                .contains(elementId == null ? rule : "element " + elementId + ": " + rule);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<bpmn:serviceTask id='Task_Inject' camunda:delegateExpression='${jdbcTemplate}'/>",
                "<bpmn:serviceTask id='Task_Inject' camunda:delegateExpression='${a.b()}'/>",
                "<bpmn:userTask id='Task_Inject'><bpmn:extensionElements><camunda:taskListener event='create' "
                        + "class='x.Y'/></bpmn:extensionElements></bpmn:userTask>",
                "<bpmn:userTask id='Task_Inject'><bpmn:extensionElements><camunda:taskListener event='create' "
                        + "expression='${execution.getProcessEngine()}'/></bpmn:extensionElements></bpmn:userTask>",
                "<bpmn:callActivity id='Task_Inject' calledElement='x' camunda:variableMappingClass='x.Y'/>",
                "<bpmn:callActivity id='Task_Inject' calledElement='x' "
                        + "camunda:variableMappingDelegateExpression='${dataSource}'/>",
                "<bpmn:userTask id='Task_Inject' camunda:formKey='embedded:deployment:form.html'/>",
                "<bpmn:sequenceFlow id='Task_Inject' sourceRef='Start' targetRef='Start'><bpmn:conditionExpression "
                        + "language='groovy'>true</bpmn:conditionExpression></bpmn:sequenceFlow>",
                "<bpmn:userTask id='Task_Inject'><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter "
                        + "name='x'>${''.getClass()}</camunda:inputParameter></camunda:inputOutput>"
                        + "</bpmn:extensionElements></bpmn:userTask>",
                "<bpmn:userTask id='Task_Inject'><bpmn:extensionElements><camunda:formData><camunda:formField id='Task_Inject_Field' "
                        + "type='string'><camunda:validation><camunda:constraint name='validator' config='x.Y'/>"
                        + "</camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements>"
                        + "</bpmn:userTask>",
            })
    void otherWaysToRunCodeAreRefusedToo(String body) {
        assertThat(checker.check("x.bpmn", bytes(InjectionModels.bpmn("x", body))))
                .isNotEmpty()
                .extracting(Violation::getMainElementId)
                .allMatch(id -> id.startsWith("Task_Inject"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<bpmn:serviceTask id='Task_Inject' activiti:class='x.Y'/>",
                "<bpmn:serviceTask id='Task_Inject' activiti:type='external' activiti:topic='t'/>",
                "<bpmn:serviceTask id='Task_Inject'><bpmn:extensionElements><activiti:connector/>"
                        + "</bpmn:extensionElements></bpmn:serviceTask>",
                "<bpmn:userTask id='Task_Inject'><bpmn:extensionElements><activiti:taskListener event='create'>"
                        + "<activiti:script scriptFormat='groovy'>1</activiti:script></activiti:taskListener>"
                        + "</bpmn:extensionElements></bpmn:userTask>"
            })
    void theEnginesOldActivitiNamespaceIsHeldToTheSameRules(String body) {
        assertThat(checker.check("x.bpmn", bytes(InjectionModels.bpmn("x", body))))
                .extracting(Violation::getMainElementId)
                .containsOnly("Task_Inject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"form.html", "script.js", "case.cmmn", "diagram.png", "notes"})
    void unknownResourceTypesAreRefused(String name) {
        assertThat(checker.check(name, bytes("x")))
                .extracting(Violation::getMessage)
                .containsExactly(ModelChecker.RESOURCE_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1, 2]", "{\"a\": 1} trailing", ""})
    void aFormMustBeAJsonObject(String form) {
        assertThat(checker.check("x.form", bytes(form)))
                .extracting(Violation::getMessage)
                .containsExactly(ModelChecker.FORM_JSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"getRuntime()\"}}",
                "external"
            })
    void feelExternalFunctionsAreRefused(String feel) {
        assertThat(DmnRules.mentionsExternal(feel)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"external\"", "externalReferral", "count([a, b][item = true])", "\"a \\\" external\""})
    void theWordExternalInsideAStringOrANameIsFine(String feel) {
        assertThat(DmnRules.mentionsExternal(feel)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aDmnWithFeelSpelledOutPasses() {
        String dmn = new String(bytes(InjectionModels.example("guard-dmn-juel")[2]), StandardCharsets.UTF_8)
                .replace(
                        "expressionLanguage=\"juel\"",
                        "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\"")
                .replace("${&quot;&quot;.getClass()}", "riskTier");
        assertThat(checker.check("x.dmn", bytes(dmn))).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
