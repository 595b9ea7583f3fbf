package org.carecoord.assessment;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Component;

/**
 * Turns form answers into the decisions' inputs (used in the business rule tasks' input mappings, e.g.
 * {@code ${assessmentInputs.phq9Total(execution)}}). An instrument that was not administered gives {@code null}s.
 */
@Component("assessmentInputs")
public class AssessmentInputs {

    public Integer phq9Total(VariableScope scope) {
        return total(scope, Fields.PHQ9_ADMINISTERED.name(), Fields.PHQ9_ITEMS);
    }

    public Integer phq9Item9(VariableScope scope) {
        return administered(scope, Fields.PHQ9_ADMINISTERED.name()) ? integer(scope, Fields.PHQ9_ITEMS.get(8)) : null;
    }

    public Integer gad7Total(VariableScope scope) {
        return total(scope, Fields.GAD7_ADMINISTERED.name(), Fields.GAD7_ITEMS);
    }

    public Integer housingProblems(VariableScope scope) {
        if (!administered(scope, Fields.HRSN_ADMINISTERED.name())) {
            return null;
        }
        Object list = scope.getVariable(Fields.HOUSING_PROBLEM_LIST.name());
        Collection<String> problems = JsonVariables.strings(list);
        return (int) problems.stream().filter(p -> !"none".equals(String.valueOf(p))).count();
    }

    public Boolean transportationBarrier(VariableScope scope) {
        Object answer = administered(scope, Fields.HRSN_ADMINISTERED.name())
                ? scope.getVariable(Fields.TRANSPORTATION_ANSWER.name()) : null;
        return answer == null ? null : AssessmentProcess.YES.equals(answer.toString());
    }

    public String hrsnAnswer(VariableScope scope, String field) {
        Object answer = administered(scope, Fields.HRSN_ADMINISTERED.name()) ? scope.getVariable(field) : null;
        return answer == null ? null : answer.toString();
    }

    public Integer hrsnFrequency(VariableScope scope, String field) {
        return administered(scope, Fields.HRSN_ADMINISTERED.name()) ? integer(scope, field) : null;
    }

    public Integer adlIndependentCount(VariableScope scope) {
        if (!administered(scope, Fields.ADL_ADMINISTERED.name()) || anyMissing(scope, Fields.ADL_ITEMS)) {
            return null;
        }
        return (int) Fields.ADL_ITEMS.stream()
                .filter(item -> AssessmentProcess.ADL_INDEPENDENT.equals(scope.getVariable(item))).count();
    }

    public Integer laceNumber(VariableScope scope, String field) {
        return administered(scope, Fields.LACE_ADMINISTERED.name()) ? integer(scope, field) : null;
    }

    public Boolean acuteAdmission(VariableScope scope) {
        Object type = administered(scope, Fields.LACE_ADMINISTERED.name()) ? scope.getVariable(Fields.ADMISSION_TYPE.name()) : null;
        return type == null ? null : AssessmentProcess.ADMISSION_EMERGENCY.equals(type.toString());
    }

    static boolean administered(VariableScope scope, String field) {
        // a form that was never submitted, or answered "not administered", gives no scores
        return Boolean.TRUE.equals(scope.getVariable(field));
    }

    private static Integer total(VariableScope scope, String administeredField, List<String> items) {
        if (!administered(scope, administeredField) || anyMissing(scope, items)) {
            return null;
        }
        return items.stream().mapToInt(item -> integer(scope, item)).sum();
    }

    private static boolean anyMissing(VariableScope scope, List<String> items) {
        return items.stream().anyMatch(item -> scope.getVariable(item) == null);
    }

    /** Form answers arrive as text ("0".."3") or numbers, depending on the field type. */
    static Integer integer(VariableScope scope, String field) {
        Object value = scope.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof Number n ? n.intValue() : (int) Double.parseDouble(value.toString().trim());
    }
}
