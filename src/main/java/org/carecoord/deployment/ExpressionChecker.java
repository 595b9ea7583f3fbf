package org.carecoord.deployment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Checks one JUEL expression against {@link ModelHelpers}: parsed with the engine's own JUEL parser and walked node
 * by node, so what is checked is exactly what the engine would evaluate. Returns the rules an expression breaks.
 */
final class ExpressionChecker {

    static final String INVALID = "the expression is not valid";
    static final String NOT_WHITELISTED = "the expression calls a method or reads a property that is not on the "
            + "CareCoord whitelist of model helpers";
    static final String FUNCTION = "the expression calls a function that is not on the CareCoord whitelist";
    static final String BRACKET = "bracket access is allowed only on a process variable, with a literal index";
    static final String ENGINE_NAME = "execution, task, decisionResult, helper and delegate beans may be used "
            + "only through their whitelisted members (delegates only as camunda:delegateExpression)";
    static final String DELEGATE =
            "a delegate expression must be ${beanName} naming a CareCoord delegate or " + "listener bean";

    // METHOD_INVOCATIONS as the engine parses: without it "a.b()" would not even parse, and then not be checked
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Predicate<String> delegateBeans;
    private final MemberChains chains;

    /** @param delegateBeans CareCoord's delegate and listener beans: usable as a delegate expression only */
    ExpressionChecker(Predicate<String> delegateBeans) {
        this.delegateBeans = delegateBeans;
        this.chains = new MemberChains(this::isReserved, this::value);
    }

    /** True if the text may hold an expression at all (anything else the engine treats as plain text). */
    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The rules the text breaks; empty if every expression in it is allowed. */
    Set<String> check(String text) {
        if (!isExpression(text)) {
            return Set.of();
        }
        Node root;
        try {
            root = PARSER.build(text).getRoot();
        } catch (TreeBuilderException e) {
            return Set.of(INVALID);
        }
        Set<String> broken = new LinkedHashSet<>();
        value(root, broken);
        return Collections.unmodifiableSet(broken);
    }

    /** True if the text is exactly {@code ${name}} and the name is one of the delegate beans. */
    boolean isDelegateReference(String text) {
        try {
            Node root = PARSER.build(text.strip()).getRoot();
            return root instanceof AstEval eval
                    && eval.toString().startsWith("$")
                    && eval.getChild(0) instanceof AstIdentifier id
                    && delegateBeans.test(id.getName());
        } catch (TreeBuilderException e) {
            return false;
        }
    }

    private void value(Node node, Set<String> broken) {
        if (node instanceof AstText
                || node instanceof AstString
                || node instanceof AstNumber
                || node instanceof AstBoolean
                || node instanceof AstNull) {
            return;
        }
        if (node instanceof AstComposite
                || node instanceof AstEval
                || node instanceof AstNested
                || node instanceof AstBinary
                || node instanceof AstUnary
                || node instanceof AstChoice) {
            children(node, broken);
        } else if (node instanceof AstIdentifier id) {
            if (isReserved(id.getName())) {
                broken.add(ENGINE_NAME);
            }
        } else if (node instanceof AstFunction function) {
            if (!ModelHelpers.FUNCTIONS.contains(function.getName()) || function.getParamCount() != 0) {
                broken.add(FUNCTION);
            }
        } else if (node instanceof AstBracket bracket) {
            bracket(bracket, broken);
        } else if (node instanceof AstDot || node instanceof AstMethod) {
            chain(node, broken);
        } else {
            broken.add(NOT_WHITELISTED);
        }
    }

    private void children(Node node, Set<String> broken) {
        for (int i = 0; i < node.getCardinality(); i++) {
            value(node.getChild(i), broken);
        }
    }

    private void bracket(AstBracket bracket, Set<String> broken) {
        boolean onVariable = bracket.getChild(0) instanceof AstIdentifier id && !isReserved(id.getName());
        Node index = bracket.getChild(1);
        boolean literalIndex =
                index instanceof AstNumber || index instanceof AstString s && !"class".equals(literal(s));
        if (!onVariable || !literalIndex) {
            broken.add(BRACKET);
        }
    }

    private void chain(Node node, Set<String> broken) {
        if (!chains.allowed(node, broken)) {
            broken.add(NOT_WHITELISTED);
        }
    }

    private boolean isReserved(String name) {
        return ModelHelpers.ENGINE_NAMES.contains(name)
                || ModelHelpers.HELPERS.containsKey(name)
                || delegateBeans.test(name);
    }

    private static String literal(AstString string) {
        return String.valueOf(string.eval(null, null));
    }
}
