package org.carecoord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Node;

class ExpressionCheckerTest {

    private final ExpressionChecker checker = new ExpressionChecker("recordContactDelegate"::equals);

    /** Every expression CareCoord's own models use, read from processes/ (attributes and text). */
    static Stream<String> everyExpressionOfOurModels() throws Exception {
        Set<String> expressions = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                collect(
                        DocumentBuilderFactory.newInstance()
                                .newDocumentBuilder()
                                .parse(file.toFile()),
                        expressions);
            }
        }
        assertThat(expressions).hasSizeGreaterThan(100);
        return expressions.stream();
    }

    private static void collect(Node node, Set<String> expressions) {
        if (node instanceof Attr || node.getNodeType() == Node.TEXT_NODE) {
            if (ExpressionChecker.isExpression(node.getNodeValue())
                    && !"bpmn:documentation"
                            .equals(
                                    node.getParentNode() == null
                                            ? ""
                                            : node.getParentNode().getNodeName())) {
                expressions.add(node.getNodeValue().strip());
            }
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                collect(node.getAttributes().item(i), expressions);
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, expressions);
        }
    }

    @ParameterizedTest
    @MethodSource("everyExpressionOfOurModels")
    void everyExpressionOurModelsUseIsAllowed(String expression) {
        if (expression.matches("\\$\\{[A-Za-z]+(Delegate|Listener)}")) {
            // delegate references are checked as such (BpmnRules), against the application's beans (IT)
            assertThat(new ExpressionChecker(name -> true).isDelegateReference(expression))
                    .isTrue();
        } else {
            assertThat(checker.check(expression)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${x + 1 > 2 ? 'a' : \"b\"}",
                "${empty list or not done}",
                "${-n * 2 / 3 % 4 - 1}",
                "P${days}D",
                "${list[0]}",
                "${map['key']}",
                "${now()}",
                "${currentUser()}",
                "${dateTime().plusDays(2).plusMinutes(30).toDate()}",
                "${decisionResult.getSingleResult()}",
                "${businessCalendar.dueInBusinessDays(days + 1)}",
                "plain text without expressions"
            })
    void documentedFormsAreAllowed(String expression) {
        assertThat(checker.check(expression)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}"
                        + "|" + ExpressionChecker.NOT_WHITELISTED,
                "${jdbcTemplate.queryForList('select * from patient')}|" + ExpressionChecker.NOT_WHITELISTED,
                "${execution.getProcessEngineServices().getRuntimeService()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${execution.getVariable(name)}|" + ExpressionChecker.NOT_WHITELISTED,
                "${execution.processBusinessKey.getClass()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${businessCalendar.getClass()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${businessCalendar.addBusinessDays(x, 1)}|" + ExpressionChecker.NOT_WHITELISTED,
                "${assessmentInputs.phq9Total(task)}|" + ExpressionChecker.NOT_WHITELISTED,
                "${assessmentInputs.hrsnAnswer(execution, field)}|" + ExpressionChecker.NOT_WHITELISTED,
                "${referralSettings.checkInAfter.getClass()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${decisionResult.getSingleResult().class}|" + ExpressionChecker.NOT_WHITELISTED,
                "${dateTime().toDate().getClass()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${dateTime().withZone(z).toDate()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${someVariable.bytes}|" + ExpressionChecker.NOT_WHITELISTED,
                "${(x).getClass()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${x['getClass']()}|" + ExpressionChecker.NOT_WHITELISTED,
                "${businessCalendar['class']}|" + ExpressionChecker.BRACKET,
                "${x['class']}|" + ExpressionChecker.BRACKET,
                "${x[y]}|" + ExpressionChecker.BRACKET,
                "${execution['processEngineServices']}|" + ExpressionChecker.BRACKET,
                "${S(x).prop('a')}|" + ExpressionChecker.NOT_WHITELISTED,
                "${S(x)}|" + ExpressionChecker.FUNCTION,
                "${currentUserGroups()}|" + ExpressionChecker.FUNCTION,
                "${execution}|" + ExpressionChecker.ENGINE_NAME,
                "${businessCalendar}|" + ExpressionChecker.ENGINE_NAME,
                "${recordContactDelegate}|" + ExpressionChecker.ENGINE_NAME,
                "${recordContactDelegate['service']}|" + ExpressionChecker.BRACKET,
                "${recordContactDelegate.execute(execution)}|" + ExpressionChecker.NOT_WHITELISTED,
                "ok ${a == 1} then ${''.concat('x')}|" + ExpressionChecker.NOT_WHITELISTED,
                "${a +}|" + ExpressionChecker.INVALID
            })
    void anythingElseIsRefusedWithTheRuleNamed(String expression, String rule) {
        assertThat(checker.check(expression)).contains(rule);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "${jdbcTemplate}",
                "#{recordContactDelegate}",
                "${recordContactDelegate.execute(x)}",
                "recordContactDelegate",
                "${a}${recordContactDelegate}",
                "${recordContactDelegate} "
            })
    void aDelegateExpressionIsExactlyOneRegisteredBean(String expression) {
        assertThat(checker.isDelegateReference(expression)).isEqualTo("${recordContactDelegate} ".equals(expression));
    }
}
