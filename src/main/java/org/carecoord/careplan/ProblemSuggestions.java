package org.carecoord.careplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.carecoord.careplan.CarePlanningProcess.Problem;

/**
 * Which problems the assessment suggests for the plan: each social need found, and mood, anxiety, daily function
 * and readmission risk from moderate upwards. A result that is absent suggests nothing. The coordinator decides.
 */
final class ProblemSuggestions {

    // Bands of the DMN tables that call for a problem on the plan.
    private static final Set<String> PHQ9_MODERATE_OR_WORSE = Set.of("moderate", "moderately-severe", "severe");
    private static final Set<String> GAD7_MODERATE_OR_WORSE = Set.of("moderate", "severe");
    private static final Set<String> ADL_IMPAIRED = Set.of("moderate-impairment", "severe-impairment");
    private static final Set<String> READMISSION_MODERATE_OR_HIGH = Set.of("moderate", "high");

    private ProblemSuggestions() {}

    /** The suggested problems, in the order of {@link Problem}. */
    static List<Problem> suggest(AssessmentFindings findings) {
        List<Problem> problems = new ArrayList<>();
        addIf(problems, Boolean.TRUE.equals(findings.housingNeed()), Problem.HOUSING);
        addIf(problems, Boolean.TRUE.equals(findings.foodNeed()), Problem.FOOD);
        addIf(problems, Boolean.TRUE.equals(findings.transportationNeed()), Problem.TRANSPORTATION);
        addIf(problems, Boolean.TRUE.equals(findings.utilityNeed()), Problem.UTILITIES);
        addIf(problems, Boolean.TRUE.equals(findings.safetyNeed()), Problem.SAFETY);
        addIf(problems, in(PHQ9_MODERATE_OR_WORSE, findings.phq9Severity()), Problem.MOOD);
        addIf(problems, in(GAD7_MODERATE_OR_WORSE, findings.gad7Severity()), Problem.ANXIETY);
        addIf(problems, in(ADL_IMPAIRED, findings.adlFunction()), Problem.FUNCTION);
        addIf(problems, in(READMISSION_MODERATE_OR_HIGH, findings.readmissionRisk()), Problem.READMISSION);
        return problems;
    }

    /** Set.of(...) refuses null; an absent result is in no band. */
    private static boolean in(Set<String> band, String value) {
        return value != null && band.contains(value);
    }

    private static void addIf(List<Problem> problems, boolean condition, Problem problem) {
        if (condition) {
            problems.add(problem);
        }
    }
}
