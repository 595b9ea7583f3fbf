package org.carecoord.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/**
 * Turns form answers into the decisions' inputs (used in the business rule tasks' input mappings, e.g.
 * {@code ${assessmentInputs.phq9Total(execution)}}). An instrument that was not administered gives {@code null}s.
 * A model names an answer by its field; only the fields of the instrument's form are read.
 */
@Component("assessmentInputs")
public class AssessmentInputs {

    private static final Map<String, Var<String>> HRSN_ANSWERS = byName(
            Fields.LIVING_SITUATION,
            Fields.FOOD_WORRY,
            Fields.FOOD_RAN_OUT,
            Fields.UTILITY_SHUTOFF_THREAT,
            Fields.SAFETY_HURT,
            Fields.SAFETY_INSULT,
            Fields.SAFETY_THREATEN,
            Fields.SAFETY_SCREAM);
    private static final Map<String, Var<Integer>> LACE_NUMBERS =
            byName(Fields.LENGTH_OF_STAY_DAYS, Fields.CHARLSON_INDEX, Fields.ED_VISITS_6M);

    public Integer phq9Total(VariableScope scope) {
        return total(scope, Fields.PHQ9_ADMINISTERED, Fields.PHQ9_ITEMS);
    }

    public Integer phq9Item9(VariableScope scope) {
        return administered(scope, Fields.PHQ9_ADMINISTERED) ? score(scope, Fields.PHQ9_ITEMS.get(8)) : null;
    }

    public Integer gad7Total(VariableScope scope) {
        return total(scope, Fields.GAD7_ADMINISTERED, Fields.GAD7_ITEMS);
    }

    public Integer housingProblems(VariableScope scope) {
        if (!administered(scope, Fields.HRSN_ADMINISTERED)) {
            return null;
        }
        List<String> problems = Fields.HOUSING_PROBLEM_LIST.get(scope, List.of());
        return (int) problems.stream().filter(p -> !"none".equals(p)).count();
    }

    public Boolean transportationBarrier(VariableScope scope) {
        String answer = administered(scope, Fields.HRSN_ADMINISTERED) ? Fields.TRANSPORTATION_ANSWER.get(scope) : null;
        return answer == null ? null : AssessmentProcess.YES.equals(answer);
    }

    public String hrsnAnswer(VariableScope scope, String field) {
        Var<String> answer = field(HRSN_ANSWERS, field);
        return administered(scope, Fields.HRSN_ADMINISTERED) ? answer.get(scope) : null;
    }

    public Integer hrsnFrequency(VariableScope scope, String field) {
        Var<String> answer = field(HRSN_ANSWERS, field);
        return administered(scope, Fields.HRSN_ADMINISTERED) ? score(scope, answer) : null;
    }

    public Integer adlIndependentCount(VariableScope scope) {
        if (!administered(scope, Fields.ADL_ADMINISTERED) || anyMissing(scope, Fields.ADL_ITEMS)) {
            return null;
        }
        return (int) Fields.ADL_ITEMS.stream()
                .filter(item -> AssessmentProcess.ADL_INDEPENDENT.equals(item.get(scope)))
                .count();
    }

    public Integer laceNumber(VariableScope scope, String field) {
        Var<Integer> number = field(LACE_NUMBERS, field);
        return administered(scope, Fields.LACE_ADMINISTERED) ? number.get(scope) : null;
    }

    public Boolean acuteAdmission(VariableScope scope) {
        String type = administered(scope, Fields.LACE_ADMINISTERED) ? Fields.ADMISSION_TYPE.get(scope) : null;
        return type == null ? null : AssessmentProcess.ADMISSION_EMERGENCY.equals(type);
    }

    static boolean administered(VariableScope scope, Var<Boolean> administered) {
        // a form that was never submitted, or answered "not administered", gives no scores
        return administered.get(scope, false);
    }

    private static Integer total(VariableScope scope, Var<Boolean> administered, List<Var<String>> items) {
        if (!administered(scope, administered) || anyMissing(scope, items)) {
            return null;
        }
        return items.stream().mapToInt(item -> score(scope, item)).sum();
    }

    private static boolean anyMissing(VariableScope scope, List<? extends Var<?>> items) {
        return items.stream().anyMatch(item -> item.get(scope) == null);
    }

    /** An answer whose code is its score ("0".."3"); a number field's value may also arrive as "2.0". */
    private static Integer score(VariableScope scope, Var<String> item) {
        String code = item.get(scope);
        return code == null || code.isBlank() ? null : (int) Double.parseDouble(code.trim());
    }

    /** The handle of a field a model names; a name outside the instrument's form is a modelling error. */
    private static <T> Var<T> field(Map<String, Var<T>> fields, String name) {
        Var<T> field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("not an answer field of the instrument's form: " + name);
        }
        return field;
    }

    @SafeVarargs
    private static <T> Map<String, Var<T>> byName(Var<T>... fields) {
        return Arrays.stream(fields).collect(Collectors.toUnmodifiableMap(Var::name, Function.identity()));
    }
}
