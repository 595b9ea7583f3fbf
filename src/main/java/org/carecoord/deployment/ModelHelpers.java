package org.carecoord.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one list of what a deployed model's expressions may reach besides process variables and literals. A model that
 * uses anything else is refused at deployment (see {@link ExpressionChecker}); the engine resolves no other bean.
 *
 * <p>For managers who edit models:
 * <ul>
 *   <li>{@code ${beanName}} in {@code camunda:delegateExpression}: a CareCoord delegate or listener bean.</li>
 *   <li>Process variables by name ({@code ${riskTier == 'high'}}), literals, comparisons, {@code and or not && || !},
 *       {@code empty}, arithmetic, {@code a ? b : c}; a variable with a literal index ({@code ${list[0]}}).</li>
 *   <li>{@code execution.getVariable('name')}, {@code execution.processBusinessKey}.</li>
 *   <li>{@code decisionResult.getSingleResult()} and {@code decisionResult.getSingleResult().output}.</li>
 *   <li>{@code jsonListVariable.elements().size()}: how many entries a JSON list variable holds.</li>
 *   <li>{@code now()}, {@code currentUser()}, {@code dateTime().plusHours(n).toDate()} (any of the
 *       {@link #DATE_TIME_STEPS}, chained, ending in {@code toDate()}).</li>
 *   <li>The helper beans below, only through the members listed for each.</li>
 * </ul>
 */
final class ModelHelpers {

    /** What an argument of a helper call must be. */
    enum Arg {
        /** the word {@code execution} itself */
        EXECUTION,
        /** a quoted string, e.g. a variable name */
        STRING_LITERAL,
        /** any expression that is itself allowed */
        VALUE
    }

    /** A method (with its arguments) or, when {@code args} is null, a property. */
    record Member(String name, List<Arg> args) {

        boolean isProperty() {
            return args == null;
        }
    }

    /** Helper bean name → its members a model may use. */
    static final Map<String, Map<String, Member>> HELPERS = Map.of(
            "businessCalendar", members(method("dueInBusinessDays", Arg.VALUE)),
            "monitoringSettings", members(method("reviewDue", Arg.VALUE), method("contactInterval", Arg.VALUE)),
            "referralSettings", members(property("checkInAfter")),
            "assessmentInputs",
                    members(
                            method("phq9Total", Arg.EXECUTION),
                            method("phq9Item9", Arg.EXECUTION),
                            method("gad7Total", Arg.EXECUTION),
                            method("housingProblems", Arg.EXECUTION),
                            method("transportationBarrier", Arg.EXECUTION),
                            method("adlIndependentCount", Arg.EXECUTION),
                            method("acuteAdmission", Arg.EXECUTION),
                            method("hrsnAnswer", Arg.EXECUTION, Arg.STRING_LITERAL),
                            method("hrsnFrequency", Arg.EXECUTION, Arg.STRING_LITERAL),
                            method("laceNumber", Arg.EXECUTION, Arg.STRING_LITERAL)));

    /** The engine's functions a model may call, all without arguments. */
    static final Set<String> FUNCTIONS = Set.of("now", "currentUser");

    /** {@code dateTime()} may be followed by these (one argument each), and must end in {@code toDate()}. */
    static final Set<String> DATE_TIME_STEPS = Set.of(
            "plusYears",
            "plusMonths",
            "plusWeeks",
            "plusDays",
            "plusHours",
            "plusMinutes",
            "minusYears",
            "minusMonths",
            "minusWeeks",
            "minusDays",
            "minusHours",
            "minusMinutes");

    /** Names the engine gives meaning to; usable only through the members above, never on their own. */
    static final Set<String> ENGINE_NAMES =
            Set.of("execution", "task", "caseExecution", "externalTask", "variableScope", "decisionResult");

    private static Map<String, Member> members(Member... members) {
        return Arrays.stream(members).collect(Collectors.toUnmodifiableMap(Member::name, m -> m));
    }

    private static Member method(String name, Arg... args) {
        return new Member(name, List.of(args));
    }

    private static Member property(String name) {
        return new Member(name, null);
    }

    private ModelHelpers() {}
}
