package org.carecoord.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.variables.JsonVariables;

/**
 * The one episode both workloads drive (W1 through the application, W2 on the bare engine): intake → consent →
 * three instruments → care plan → the plan's referral, answered by the provider (accept, start, complete) → two
 * outreach cycles, the second learning that the patient moves away → discharge summary. The form answers are those
 * of {@code WholeEpisodeIT}; what each step means for W1 or W2 is the {@link Steps} implementation.
 */
public final class EpisodePath {

    /** One episode's operations, as a coordinator (W1) or as the bare engine's API (W2) performs them. */
    public interface Steps {
        void intake();

        /** Claims the task if it is in a queue, then submits its form. */
        void complete(String taskDefinitionKey, Map<String, Object> form);

        /** Runs the episode's due jobs (async continuations, the provider mail, stage starts). */
        void runJobs();

        /** The provider the coordinator picks: the first one the form offers. */
        String firstOfferedProvider();

        void providerAnswers(String action, String note);

        /** The monitoring interval has passed: its timer is made due and run. */
        void contactIntervalElapsed();
    }

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final LocalDate TODAY = LocalDate.now();

    private EpisodePath() {}

    public static void run(Steps steps) {
        steps.intake();
        steps.complete(
                IntakeProcess.TASK_RECORD_CONSENT,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                        "email",
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        steps.runJobs();

        steps.complete(AssessmentProcess.TASK_SCREEN_MOOD, AssessmentAnswers.mood(1, 1, 1, 1, 1, 1, 1, 1, 0));
        Map<String, Object> socialNeeds = AssessmentAnswers.socialNeedsNone();
        socialNeeds.put(AssessmentProcess.Fields.FOOD_WORRY.name(), "often");
        steps.complete(AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, socialNeeds);
        steps.complete(AssessmentProcess.TASK_ASSESS_DAILY_LIVING, AssessmentAnswers.dailyLiving(6));

        steps.complete(
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                Map.of(
                        DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("food")),
                        DraftForm.GOAL_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "description",
                                        "Enough food every week",
                                        "measure",
                                        "Food ran out: never",
                                        "targetDate",
                                        TODAY.plusDays(120).toString())),
                        DraftForm.INTERVENTION_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "action",
                                        "Enrol with the food bank",
                                        "responsible",
                                        "community-service",
                                        "dueDate",
                                        TODAY.plusDays(14).format(TYPED))),
                        DraftForm.BARRIERS.name(), JsonVariables.json(List.of()),
                        DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")),
                        DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("food-assistance"))));
        steps.complete(
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        TODAY.format(TYPED),
                        ReviewForm.AGREED_HOW.name(),
                        "phone"));
        steps.complete(
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(), JsonVariables.json(List.of("diet-nutrition")),
                        EducationForm.TEACH_BACK_CONFIRMED.name(), true,
                        EducationForm.MATERIALS_GIVEN.name(), JsonVariables.json(List.of("diet-budget"))));
        steps.runJobs();

        steps.complete(
                ReferralProcess.TASK_SELECT_PROVIDER,
                Map.of(ReferralProcess.SelectProviderForm.PROVIDER_ID.name(), steps.firstOfferedProvider()));
        steps.runJobs();
        steps.providerAnswers("accept", null);
        steps.providerAnswers("start", null);
        steps.providerAnswers("complete", "Enrolled; weekly pick-up");

        outreach(steps, contact(15L));
        Map<String, Object> moving = contact(10L);
        moving.put(ContactForm.EPISODE_ENDS.name(), "moved-out-of-area");
        outreach(steps, moving);

        steps.complete(
                DischargeProcess.TASK_PREPARE_SUMMARY,
                Map.of(
                        SummaryForm.DISCHARGE_REASON.name(),
                        "moved-out-of-area",
                        SummaryForm.GOAL_OUTCOMES.get(0).name(),
                        "achieved",
                        SummaryForm.SUMMARY_NOTE.name(),
                        "Moving to her daughter's; food bank enrolment ends with the move."));
        steps.runJobs();
    }

    private static void outreach(Steps steps, Map<String, Object> form) {
        steps.contactIntervalElapsed();
        steps.complete(MonitoringProcess.TASK_OUTREACH_CONTACT, form);
        steps.runJobs();
    }

    private static Map<String, Object> contact(long minutes) {
        return new HashMap<>(Map.of(
                ContactForm.REACHED.name(),
                MonitoringProcess.YES,
                ContactForm.CHANNEL.name(),
                "phone",
                ContactForm.MINUTES_SPENT.name(),
                minutes,
                ContactForm.PATIENT_STATUS.name(),
                MonitoringProcess.STATUS_STABLE,
                ContactForm.MEDICATION_CONCERNS.name(),
                false,
                ContactForm.NOTE.name(),
                "Doing well"));
    }
}
