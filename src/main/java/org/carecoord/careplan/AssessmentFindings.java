package org.carecoord.careplan;

import java.util.Map;

import org.carecoord.careplan.CarePlanningProcess.Vars;

/**
 * The assessment results that suggest problems, as the episode passes them in. Any may be null: that instrument was
 * not administered. Severity values are the outputs of the DMN tables phq9-severity, gad7-severity, katz-adl and
 * lace-risk.
 */
record AssessmentFindings(Boolean housingNeed, Boolean foodNeed, Boolean transportationNeed, Boolean utilityNeed,
                          Boolean safetyNeed, String phq9Severity, String gad7Severity, String adlFunction,
                          String readmissionRisk) {

    static AssessmentFindings of(Map<String, Object> variables) {
        return new AssessmentFindings(flag(variables, Vars.HOUSING_NEED.name()), flag(variables, Vars.FOOD_NEED.name()),
                flag(variables, Vars.TRANSPORTATION_NEED.name()), flag(variables, Vars.UTILITY_NEED.name()),
                flag(variables, Vars.SAFETY_NEED.name()), text(variables, Vars.PHQ9_SEVERITY.name()),
                text(variables, Vars.GAD7_SEVERITY.name()), text(variables, Vars.ADL_FUNCTION.name()),
                text(variables, Vars.READMISSION_RISK.name()));
    }

    private static Boolean flag(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
    }

    private static String text(Map<String, Object> variables, String name) {
        Object value = variables.get(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
