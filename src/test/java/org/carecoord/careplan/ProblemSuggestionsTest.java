package org.carecoord.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemSuggestionsTest {

    private static final AssessmentFindings NOTHING_ADMINISTERED =
            new AssessmentFindings(null, null, null, null, null, null, null, null, null);

    @Test
    void anAssessmentWithNoResultsSuggestsNoProblems() {
        assertThat(ProblemSuggestions.suggest(NOTHING_ADMINISTERED)).isEmpty();
    }

    @Test
    void noSocialNeedFoundSuggestsNoSocialProblem() {
        var findings = new AssessmentFindings(false, false, false, false, false, "minimal", "minimal", "full", "low");

        assertThat(ProblemSuggestions.suggest(findings)).isEmpty();
    }

    @Test
    void eachSocialNeedFoundSuggestsItsProblem() {
        assertThat(ProblemSuggestions.suggest(
                        new AssessmentFindings(true, null, null, null, null, null, null, null, null)))
                .containsExactly(Problem.HOUSING);
        assertThat(ProblemSuggestions.suggest(
                        new AssessmentFindings(null, true, null, null, null, null, null, null, null)))
                .containsExactly(Problem.FOOD);
        assertThat(ProblemSuggestions.suggest(
                        new AssessmentFindings(null, null, true, null, null, null, null, null, null)))
                .containsExactly(Problem.TRANSPORTATION);
        assertThat(ProblemSuggestions.suggest(
                        new AssessmentFindings(null, null, null, true, null, null, null, null, null)))
                .containsExactly(Problem.UTILITIES);
        assertThat(ProblemSuggestions.suggest(
                        new AssessmentFindings(null, null, null, null, true, null, null, null, null)))
                .containsExactly(Problem.SAFETY);
    }

    @ParameterizedTest(name = "PHQ-9 {0}: mood suggested {1}")
    @CsvSource({"minimal, false", "mild, false", "moderate, true", "moderately-severe, true", "severe, true"})
    void moodIsSuggestedFromModerateDepressionUpwards(String severity, boolean suggested) {
        var findings = new AssessmentFindings(null, null, null, null, null, severity, null, null, null);

        assertThat(ProblemSuggestions.suggest(findings).contains(Problem.MOOD)).isEqualTo(suggested);
    }

    @ParameterizedTest(name = "GAD-7 {0}: anxiety suggested {1}")
    @CsvSource({"minimal, false", "mild, false", "moderate, true", "severe, true"})
    void anxietyIsSuggestedFromModerateAnxietyUpwards(String severity, boolean suggested) {
        var findings = new AssessmentFindings(null, null, null, null, null, null, severity, null, null);

        assertThat(ProblemSuggestions.suggest(findings).contains(Problem.ANXIETY))
                .isEqualTo(suggested);
    }

    @ParameterizedTest(name = "Katz ADL {0}: function suggested {1}")
    @CsvSource({"full, false", "moderate-impairment, true", "severe-impairment, true"})
    void functionIsSuggestedForAnyImpairmentInDailyLiving(String adlFunction, boolean suggested) {
        var findings = new AssessmentFindings(null, null, null, null, null, null, null, adlFunction, null);

        assertThat(ProblemSuggestions.suggest(findings).contains(Problem.FUNCTION))
                .isEqualTo(suggested);
    }

    @ParameterizedTest(name = "LACE {0}: readmission suggested {1}")
    @CsvSource({"low, false", "moderate, true", "high, true"})
    void readmissionIsSuggestedForModerateOrHighRisk(String risk, boolean suggested) {
        var findings = new AssessmentFindings(null, null, null, null, null, null, null, null, risk);

        assertThat(ProblemSuggestions.suggest(findings).contains(Problem.READMISSION))
                .isEqualTo(suggested);
    }

    @Test
    void everyFindingAtOnceSuggestsEverySuggestibleProblemInPlanOrder() {
        var findings =
                new AssessmentFindings(true, true, true, true, true, "severe", "severe", "severe-impairment", "high");

        assertThat(ProblemSuggestions.suggest(findings))
                .containsExactly(
                        Problem.HOUSING,
                        Problem.FOOD,
                        Problem.TRANSPORTATION,
                        Problem.UTILITIES,
                        Problem.SAFETY,
                        Problem.MOOD,
                        Problem.ANXIETY,
                        Problem.FUNCTION,
                        Problem.READMISSION);
    }
}
