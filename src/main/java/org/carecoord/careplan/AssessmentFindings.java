package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.careplan.CarePlanningProcess.Vars;

/**
 * The assessment results that suggest problems, as the episode passes them in. Any may be null: that instrument was
 * not administered. Severity values are the outputs of the DMN tables phq9-severity, gad7-severity, katz-adl and
 * lace-risk.
 */
record AssessmentFindings(
        Boolean housingNeed,
        Boolean foodNeed,
        Boolean transportationNeed,
        Boolean utilityNeed,
        Boolean safetyNeed,
        String phq9Severity,
        String gad7Severity,
        String adlFunction,
        String readmissionRisk) {

    /** The findings the episode passed into "Suggest problems"'s execution. */
    static AssessmentFindings from(VariableScope execution) {
        return new AssessmentFindings(
                Vars.HOUSING_NEED.get(execution),
                Vars.FOOD_NEED.get(execution),
                Vars.TRANSPORTATION_NEED.get(execution),
                Vars.UTILITY_NEED.get(execution),
                Vars.SAFETY_NEED.get(execution),
                text(Vars.PHQ9_SEVERITY.get(execution)),
                text(Vars.GAD7_SEVERITY.get(execution)),
                text(Vars.ADL_FUNCTION.get(execution)),
                text(Vars.READMISSION_RISK.get(execution)));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
