package org.carecoord.deployment;

/**
 * Models that try to run code, one way each (issue #9 §1), and one that is fine; for the checker's unit test and
 * the deployment IT. {@link #bpmn} wraps a process body in definitions with the given process key.
 */
final class InjectionModels {

    static final String RUNTIME_EXEC = "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
            + ".invoke(null).exec(\"touch /tmp/carecoord-pwned\")}";

    /** key → [resource name, content, element id the refusal must name, rule it must name] */
    static String[][] examples() {
        return new String[][] {
            {
                "guard-exec",
                "guard-exec.bpmn",
                bpmn("guard-exec", serviceTask("camunda:expression=\"" + RUNTIME_EXEC.replace("\"", "&quot;") + "\"")),
                "Task_Inject",
                ExpressionChecker.NOT_WHITELISTED
            },
            {
                "guard-jdbc",
                "guard-jdbc.bpmn",
                bpmn(
                        "guard-jdbc",
                        serviceTask("camunda:expression=\"${jdbcTemplate.queryForList('select * from patient')}\"")),
                "Task_Inject",
                ExpressionChecker.NOT_WHITELISTED
            },
            {
                "guard-class",
                "guard-class.bpmn",
                bpmn("guard-class", serviceTask("camunda:class=\"org.springframework.jdbc.core.JdbcTemplate\"")),
                "Task_Inject",
                BpmnRules.CLASS
            },
            {
                "guard-activiti-class",
                "guard-activiti-class.bpmn",
                bpmn(
                        "guard-activiti-class",
                        serviceTask("activiti:class=\"org.springframework.jdbc.core.JdbcTemplate\"")),
                "Task_Inject",
                BpmnRules.CLASS
            },
            {
                "guard-script-task",
                "guard-script-task.bpmn",
                bpmn(
                        "guard-script-task",
                        "<bpmn:scriptTask id=\"Task_Inject\" scriptFormat=\"groovy\"><bpmn:script>"
                                + "'id'.execute()</bpmn:script></bpmn:scriptTask>"),
                "Task_Inject",
                BpmnRules.SCRIPT_TASK
            },
            {
                "guard-listener-script",
                "guard-listener-script.bpmn",
                bpmn(
                        "guard-listener-script",
                        "<bpmn:userTask id=\"Task_Inject\"><bpmn:extensionElements><camunda:executionListener "
                                + "event=\"start\"><camunda:script scriptFormat=\"javascript\">java.lang.Runtime"
                                + ".getRuntime().exec('id')</camunda:script></camunda:executionListener>"
                                + "</bpmn:extensionElements></bpmn:userTask>"),
                "Task_Inject",
                BpmnRules.SCRIPT
            },
            {
                "guard-connector",
                "guard-connector.bpmn",
                bpmn(
                        "guard-connector",
                        "<bpmn:serviceTask id=\"Task_Inject\"><bpmn:extensionElements><camunda:connector>"
                                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>"),
                "Task_Inject",
                BpmnRules.CONNECTOR
            },
            {
                "guard-external",
                "guard-external.bpmn",
                bpmn("guard-external", serviceTask("camunda:type=\"external\" camunda:topic=\"anything\"")),
                "Task_Inject",
                BpmnRules.EXTERNAL_TASK
            },
            {
                "guard-dmn-juel",
                "guard-dmn-juel.dmn",
                dmn("guard-dmn-juel", "expressionLanguage=\"juel\"", "${\"\".getClass()}"),
                "InputExpression_Inject",
                DmnRules.LANGUAGE
            },
            {
                "guard-dmn-js",
                "guard-dmn-js.dmn",
                dmn("guard-dmn-js", "expressionLanguage=\"javascript\"", "java.lang.Runtime.getRuntime()"),
                "InputExpression_Inject",
                DmnRules.LANGUAGE
            },
            {
                "guard-doctype",
                "guard-doctype.bpmn",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "
                        + "\"file:///etc/passwd\">]>\n"
                        + bpmn("guard-doctype", "<bpmn:userTask id=\"Task_Inject\" " + "name=\"&xxe;\"/>")
                                .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".length()),
                null,
                ModelChecker.DOCTYPE
            },
        };
    }

    static String[] example(String key) {
        return java.util.Arrays.stream(examples())
                .filter(e -> e[0].equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** A harmless process: one user task. */
    static String userTaskProcess(String key) {
        return bpmn(
                key,
                "<bpmn:userTask id=\"Task_Work\" name=\"Work\" camunda:candidateGroups=\"coordinators\" "
                        + "camunda:dueDate=\"${businessCalendar.dueInBusinessDays(1)}\"/>");
    }

    static String bpmn(String key, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:activiti="http://activiti.org/bpmn"
                    id="Definitions_Guard" targetNamespace="http://carecoord.org/test">
                  <bpmn:process id="%s" name="Guard test" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start" />
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, body);
    }

    private static String serviceTask(String attributes) {
        return "<bpmn:serviceTask id=\"Task_Inject\" name=\"Inject\" " + attributes + " />";
    }

    private static String dmn(String key, String language, String expression) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_Guard" name="Guard"
                    namespace="http://carecoord.org/test">
                  <decision id="%s" name="Guard" camunda:historyTimeToLive="P1D">
                    <decisionTable id="DecisionTable_Guard">
                      <input id="Input_Guard">
                        <inputExpression id="InputExpression_Inject" typeRef="string" %s>
                          <text>%s</text>
                        </inputExpression>
                      </input>
                      <output id="Output_Guard" name="out" typeRef="string" />
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key, language, expression.replace("\"", "&quot;"));
    }

    private InjectionModels() {}
}
