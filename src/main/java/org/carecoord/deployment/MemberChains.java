package org.carecoord.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Node;
import org.carecoord.deployment.ModelHelpers.Arg;
import org.carecoord.deployment.ModelHelpers.Member;

/**
 * Whether a member chain ({@code base.a(x).b}) is one {@link ModelHelpers} allows, matched step by step from its
 * base; arguments that may be any allowed value go back to {@link ExpressionChecker}.
 */
final class MemberChains {

    private final Predicate<String> reserved;
    private final BiConsumer<Node, Set<String>> value;

    MemberChains(Predicate<String> reserved, BiConsumer<Node, Set<String>> value) {
        this.reserved = reserved;
        this.value = value;
    }

    /** One step of a chain a.b(c).d: a property (args null) or a method call. */
    private record Step(String name, List<Node> args) {}

    /** True if the node (a property or method chain) is one the whitelist allows. */
    boolean allowed(Node node, Set<String> broken) {
        List<Step> steps = new ArrayList<>();
        Node base = node;
        while (base instanceof AstDot || base instanceof AstMethod) {
            if (base instanceof AstMethod method) {
                if (!(method.getChild(0) instanceof AstDot dot)) {
                    return false; // a['name'](): a method picked by a computed name
                }
                Node params = method.getChild(1);
                List<Node> args = new ArrayList<>();
                for (int i = 0; i < params.getCardinality(); i++) {
                    args.add(params.getChild(i));
                }
                steps.add(0, new Step(dotName(dot), args));
                base = dot.getChild(0);
            } else {
                steps.add(0, new Step(dotName((AstDot) base), null));
                base = base.getChild(0);
            }
        }
        return allowedChain(base, steps, broken);
    }

    private boolean allowedChain(Node base, List<Step> steps, Set<String> broken) {
        if (base instanceof AstFunction function) {
            return "dateTime".equals(function.getName())
                    && function.getParamCount() == 0
                    && dateTimeChain(steps, broken);
        }
        if (!(base instanceof AstIdentifier id)) {
            return false;
        }
        String name = id.getName();
        Step first = steps.get(0);
        switch (name) {
            case "execution":
                return steps.size() == 1
                        && (isProperty(first, "processBusinessKey")
                                || isCall(first, "getVariable", 1)
                                        && first.args().get(0) instanceof AstString);
            case "decisionResult":
                return isCall(first, "getSingleResult", 0)
                        && (steps.size() == 1
                                || steps.size() == 2
                                        && steps.get(1).args() == null
                                        && !"class".equals(steps.get(1).name()));
            default:
                break;
        }
        Map<String, Member> helper = ModelHelpers.HELPERS.get(name);
        if (helper != null) {
            return steps.size() == 1 && helperCall(helper.get(first.name()), first, broken);
        }
        if (reserved.test(name)) {
            return false;
        }
        // a JSON list variable's size: ${newServiceNeeds.elements().size() > 0}
        return steps.size() == 2 && isCall(first, "elements", 0) && isCall(steps.get(1), "size", 0);
    }

    private boolean dateTimeChain(List<Step> steps, Set<String> broken) {
        Step last = steps.get(steps.size() - 1);
        if (!isCall(last, "toDate", 0)) {
            return false;
        }
        for (Step step : steps.subList(0, steps.size() - 1)) {
            if (step.args() == null || step.args().size() != 1 || !ModelHelpers.DATE_TIME_STEPS.contains(step.name())) {
                return false;
            }
            value.accept(step.args().get(0), broken);
        }
        return true;
    }

    private boolean helperCall(Member member, Step step, Set<String> broken) {
        if (member == null || member.isProperty() != (step.args() == null)) {
            return false;
        }
        if (member.isProperty()) {
            return true;
        }
        if (member.args().size() != step.args().size()) {
            return false;
        }
        for (int i = 0; i < step.args().size(); i++) {
            Node arg = step.args().get(i);
            Arg kind = member.args().get(i);
            boolean ok = switch (kind) {
                case EXECUTION -> arg instanceof AstIdentifier id && "execution".equals(id.getName());
                case STRING_LITERAL -> arg instanceof AstString;
                case VALUE -> {
                    value.accept(arg, broken);
                    yield true;
                }
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProperty(Step step, String name) {
        return step.args() == null && step.name().equals(name);
    }

    private static boolean isCall(Step step, String name, int arity) {
        return step.args() != null && step.name().equals(name) && step.args().size() == arity;
    }

    // JUEL's nodes keep the property name to themselves; their printed form is ". name"
    private static String dotName(AstDot dot) {
        String printed = dot.toString();
        return printed.startsWith(". ") ? printed.substring(2) : printed;
    }
}
