package org.carecoord.careplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.Vars;
import org.junit.jupiter.api.Test;

/** What "Save care plan" reads from the draft form, as Tasklist submits it (Json) or a Java client may (maps). */
class PlanDraftTest {

    @Test
    void tasklistRowsBecomeTheDraftWithGoalsProposedAndInterventionsNotStarted() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.GOAL_2.name(), Spin.JSON("""
                {"problem": "mood", "description": "Feel better most days", "measure": "PHQ-9 below 10",
                 "targetDate": "2026-05-31"}"""));
        variables.put(DraftForm.BARRIERS.name(), Spin.JSON("[\"cost\", \"language\"]"));
        variables.put(DraftForm.BARRIER_NOTE.name(), "  Needs a Spanish interpreter  ");
        variables.put(DraftForm.EDUCATION_TOPICS.name(), Spin.JSON("[\"mental-health\"]"));
        variables.put(DraftForm.REFERRAL_SERVICES.name(), Spin.JSON("[\"housing\", \"behavioral-health\"]"));
        variables.put(Vars.SUGGESTED_PROBLEMS.name(), Spin.JSON("[\"housing\"]"));

        PlanDraft draft = PlanDraft.read(variables);

        assertThat(draft.caseId()).isEqualTo(7L);
        assertThat(draft.riskTier()).isEqualTo("high");
        assertThat(draft.contactIntervalDays()).isEqualTo(7);
        assertThat(draft.problems()).containsExactly("housing", "mood");
        assertThat(draft.suggestedProblems()).containsExactly("housing");
        assertThat(draft.goals())
                .containsExactly(
                        new Goal(
                                "housing",
                                "Stable housing for 12 months",
                                "Lease signed",
                                LocalDate.of(2026, 6, 30),
                                GoalStatus.PROPOSED),
                        new Goal(
                                "mood",
                                "Feel better most days",
                                "PHQ-9 below 10",
                                LocalDate.of(2026, 5, 31),
                                GoalStatus.PROPOSED));
        assertThat(draft.interventions())
                .containsExactly(new Intervention(
                        "housing",
                        "Apply for housing voucher",
                        "coordinator",
                        LocalDate.of(2026, 4, 1),
                        InterventionStatus.NOT_STARTED));
        assertThat(draft.barriers()).containsExactly("cost", "language");
        assertThat(draft.barrierNote()).isEqualTo("Needs a Spanish interpreter");
        assertThat(draft.educationTopics()).containsExactly("mental-health");
        assertThat(draft.referralServices()).containsExactly("housing", "behavioral-health");
        assertThat(draft.goalRows())
                .first()
                .isEqualTo(Map.of(
                        "problem",
                        "housing",
                        "description",
                        "Stable housing for 12 months",
                        "measure",
                        "Lease signed",
                        "targetDate",
                        "2026-06-30"));
    }

    @Test
    void emptyRowsAreLeftOutAndJavaMapsAreReadLikeTasklistJson() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.PROBLEMS.name(), List.of("housing"));
        variables.put(DraftForm.GOAL_2.name(), Spin.JSON("""
                {"problem": null, "description": "", "measure": "", "targetDate": null}"""));
        variables.put(
                DraftForm.GOAL_3.name(),
                Map.of(
                        "problem",
                        "housing",
                        "description",
                        "Keep the lease",
                        "measure",
                        "Lease renewed",
                        "targetDate",
                        "2027-01-31T00:00:00"));

        PlanDraft draft = PlanDraft.read(variables);

        assertThat(draft.goals())
                .extracting(Goal::targetDate)
                .containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2027, 1, 31));
        assertThat(draft.barriers()).isEmpty();
        assertThat(draft.suggestedProblems()).isEmpty();
    }

    @Test
    void aPlanWithoutProblemsIsRefused() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.PROBLEMS.name(), Spin.JSON("[]"));

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("check at least one problem");
    }

    @Test
    void aPlanWithoutAnInterventionIsRefused() {
        Map<String, Object> variables = draft();
        variables.remove(DraftForm.INTERVENTION_1.name());

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("at least one goal and one intervention");
    }

    @Test
    void aBegunGoalWithoutAMeasureIsRefused() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.GOAL_2.name(), Spin.JSON("{\"problem\": \"housing\", \"description\": \"A home\"}"));

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("goal 2 needs a measure");
    }

    @Test
    void aGoalForAProblemThatIsNotOnThePlanIsRefused() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.GOAL_2.name(), Spin.JSON("""
                {"problem": "food", "description": "Enough food", "measure": "No skipped meals",
                 "targetDate": "2026-05-01"}"""));

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("goal 2 is for problem \"food\", which is not checked");
    }

    @Test
    void anInterventionWithoutSomeoneResponsibleIsRefused() {
        Map<String, Object> variables = draft();
        variables.put(
                DraftForm.INTERVENTION_3.name(),
                Spin.JSON("{\"problem\": \"housing\", \"action\": \"Call landlord\"}"));

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("intervention 3 needs who is responsible");
    }

    @Test
    void aServiceOutsideTheVocabularyIsRefused() {
        Map<String, Object> variables = draft();
        variables.put(DraftForm.REFERRAL_SERVICES.name(), Spin.JSON("[\"dentist\"]"));

        assertThatThrownBy(() -> PlanDraft.read(variables))
                .isInstanceOf(InvalidCarePlanException.class)
                .hasMessageContaining("referralServices holds an unknown code: dentist");
    }

    /** A minimal valid draft: two problems, one goal and one intervention. */
    private static Map<String, Object> draft() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_ID.name(), 7L);
        variables.put(Vars.RISK_TIER.name(), "high");
        variables.put(Vars.CONTACT_INTERVAL_DAYS.name(), 7);
        variables.put(DraftForm.PROBLEMS.name(), Spin.JSON("[\"housing\", \"mood\"]"));
        variables.put(DraftForm.GOAL_1.name(), Spin.JSON("""
                {"problem": "housing", "description": "Stable housing for 12 months", "measure": "Lease signed",
                 "targetDate": "2026-06-30"}"""));
        variables.put(DraftForm.INTERVENTION_1.name(), Spin.JSON("""
                {"problem": "housing", "action": "Apply for housing voucher", "responsible": "coordinator",
                 "dueDate": "2026-04-01"}"""));
        return variables;
    }
}
