package org.carecoord.assessment;

import java.util.List;
import java.util.stream.IntStream;

import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.forms.FormOption;
import org.carecoord.variables.Var;

/**
 * Names of process {@code assessment}: the instruments in parallel, scored by the DMN decisions of
 * {@link AssessmentDecisions}, then the risk tier. Callable again for re-assessment.
 */
public final class AssessmentProcess {

    public static final String KEY = "assessment";
    /** Escalation thrown at once when PHQ-9 item 9 or the AHC safety questions flag a risk. */
    public static final String ESCALATION_SAFETY_CONCERN = "SAFETY_CONCERN";

    public static final String TASK_OPEN_ASSESSMENT = "Task_OpenAssessment";
    public static final String GATEWAY_INSTRUMENTS = "Gateway_Instruments";
    public static final String TASK_SCREEN_MOOD = "Task_ScreenMood";
    public static final String TASK_SCORE_PHQ9 = "Task_ScorePhq9";
    public static final String TASK_SCORE_GAD7 = "Task_ScoreGad7";
    public static final String TASK_RECORD_MOOD = "Task_RecordMoodScreening";
    public static final String EVENT_MOOD_SAFETY_CONCERN = "Event_MoodSafetyConcern";
    public static final String TASK_SCREEN_SOCIAL_NEEDS = "Task_ScreenSocialNeeds";
    public static final String TASK_SCORE_SOCIAL_NEEDS = "Task_ScoreSocialNeeds";
    public static final String TASK_RECORD_SOCIAL_NEEDS = "Task_RecordSocialNeeds";
    public static final String EVENT_SOCIAL_SAFETY_CONCERN = "Event_SocialSafetyConcern";
    public static final String TASK_ASSESS_DAILY_LIVING = "Task_AssessDailyLiving";
    public static final String TASK_SCORE_DAILY_LIVING = "Task_ScoreDailyLiving";
    public static final String TASK_RECORD_DAILY_LIVING = "Task_RecordDailyLiving";
    public static final String TASK_ASSESS_READMISSION_RISK = "Task_AssessReadmissionRisk";
    public static final String TASK_SCORE_READMISSION_RISK = "Task_ScoreReadmissionRisk";
    public static final String TASK_RECORD_READMISSION_RISK = "Task_RecordReadmissionRisk";
    public static final String TASK_DETERMINE_RISK_TIER = "Task_DetermineRiskTier";
    public static final String TASK_RECORD_RISK_TIER = "Task_RecordRiskTier";
    public static final String END_ASSESSED = "EndEvent_AssessmentRecorded";

    public static final String FORM_SCREEN_MOOD = "assessment-screen-mood";
    public static final String FORM_SCREEN_SOCIAL_NEEDS = "assessment-screen-social-needs";
    public static final String FORM_ASSESS_DAILY_LIVING = "assessment-assess-daily-living";
    public static final String FORM_ASSESS_READMISSION_RISK = "assessment-assess-readmission-risk";

    /** Variables of the assessment besides the decisions' inputs and outputs (see {@link Scores}). */
    public static final class Vars {
        public static final Var<Long> ASSESSMENT_ID = Var.id("assessmentId");
        /** Set by the caller: a hospital stay in the last 30 days adds the LACE readmission-risk step. */
        public static final Var<Boolean> RECENT_HOSPITAL_STAY = CareEpisodeProcess.Vars.RECENT_HOSPITAL_STAY;
        /** Local input of the "record" steps: which instruments (comma-separated codes) to record. */
        public static final Var<String> INSTRUMENTS = Var.string("instruments");

        private Vars() {}
    }

    /** What the decisions give (names fixed in {@link AssessmentDecisions}): scores, bands, flags and the tier. */
    public static final class Scores {
        public static final Var<Integer> PHQ9_TOTAL = Var.integer(AssessmentDecisions.PHQ9_TOTAL);
        public static final Var<String> PHQ9_SEVERITY = Var.string(AssessmentDecisions.PHQ9_SEVERITY_VAR);
        public static final Var<Boolean> PHQ9_SAFETY_CONCERN = Var.bool(AssessmentDecisions.PHQ9_SAFETY_CONCERN);
        public static final Var<Integer> GAD7_TOTAL = Var.integer(AssessmentDecisions.GAD7_TOTAL);
        public static final Var<String> GAD7_SEVERITY = Var.string(AssessmentDecisions.GAD7_SEVERITY_VAR);
        public static final Var<Integer> SDOH_NEED_COUNT = Var.integer(AssessmentDecisions.SDOH_NEED_COUNT);
        public static final Var<Boolean> HOUSING_NEED = Var.bool(AssessmentDecisions.HOUSING_NEED);
        public static final Var<Boolean> FOOD_NEED = Var.bool(AssessmentDecisions.FOOD_NEED);
        public static final Var<Boolean> TRANSPORTATION_NEED = Var.bool(AssessmentDecisions.TRANSPORTATION_NEED);
        public static final Var<Boolean> UTILITY_NEED = Var.bool(AssessmentDecisions.UTILITY_NEED);
        public static final Var<Boolean> SAFETY_NEED = Var.bool(AssessmentDecisions.SAFETY_NEED);
        public static final Var<Integer> ADL_INDEPENDENT_COUNT = Var.integer(AssessmentDecisions.ADL_INDEPENDENT_COUNT);
        public static final Var<String> ADL_FUNCTION = Var.string(AssessmentDecisions.ADL_FUNCTION);
        public static final Var<Integer> LACE_SCORE = Var.integer(AssessmentDecisions.LACE_SCORE);
        public static final Var<String> READMISSION_RISK = Var.string(AssessmentDecisions.READMISSION_RISK);
        public static final Var<String> RISK_TIER = Var.string(AssessmentDecisions.RISK_TIER_VAR);
        public static final Var<Integer> CONTACT_INTERVAL_DAYS = Var.integer(AssessmentDecisions.CONTACT_INTERVAL_DAYS);
        public static final Var<Boolean> PLAN_APPROVAL_REQUIRED = Var.bool(AssessmentDecisions.PLAN_APPROVAL_REQUIRED);

        private Scores() {}
    }

    /**
     * Form fields: one per instrument item, plus whether the instrument was administered. Answers scored by their
     * code ("0".."3", "1".."5") are held as the text the form submits; number fields as numbers.
     */
    public static final class Fields {
        public static final Var<Boolean> PHQ9_ADMINISTERED = Var.bool("phq9Administered");
        public static final List<Var<String>> PHQ9_ITEMS = items("phq9Item", 9);
        public static final Var<Boolean> GAD7_ADMINISTERED = Var.bool("gad7Administered");
        public static final List<Var<String>> GAD7_ITEMS = items("gad7Item", 7);

        public static final Var<Boolean> HRSN_ADMINISTERED = Var.bool("hrsnAdministered");
        public static final Var<String> LIVING_SITUATION = Var.string(AssessmentDecisions.LIVING_SITUATION);
        public static final Var<List<String>> HOUSING_PROBLEM_LIST = Var.strings("housingProblemList");
        public static final Var<String> FOOD_WORRY = Var.string(AssessmentDecisions.FOOD_WORRY);
        public static final Var<String> FOOD_RAN_OUT = Var.string(AssessmentDecisions.FOOD_RAN_OUT);
        public static final Var<String> TRANSPORTATION_ANSWER = Var.string("transportationAnswer");
        public static final Var<String> UTILITY_SHUTOFF_THREAT = Var.string(AssessmentDecisions.UTILITY_SHUTOFF_THREAT);
        public static final Var<String> SAFETY_HURT = Var.string(AssessmentDecisions.SAFETY_HURT);
        public static final Var<String> SAFETY_INSULT = Var.string(AssessmentDecisions.SAFETY_INSULT);
        public static final Var<String> SAFETY_THREATEN = Var.string(AssessmentDecisions.SAFETY_THREATEN);
        public static final Var<String> SAFETY_SCREAM = Var.string(AssessmentDecisions.SAFETY_SCREAM);
        public static final List<Var<?>> HRSN_ITEMS = List.of(
                LIVING_SITUATION,
                HOUSING_PROBLEM_LIST,
                FOOD_WORRY,
                FOOD_RAN_OUT,
                TRANSPORTATION_ANSWER,
                UTILITY_SHUTOFF_THREAT,
                SAFETY_HURT,
                SAFETY_INSULT,
                SAFETY_THREATEN,
                SAFETY_SCREAM);

        public static final Var<Boolean> ADL_ADMINISTERED = Var.bool("adlAdministered");
        public static final Var<String> ADL_BATHING = Var.string("adlBathing");
        public static final Var<String> ADL_DRESSING = Var.string("adlDressing");
        public static final Var<String> ADL_TOILETING = Var.string("adlToileting");
        public static final Var<String> ADL_TRANSFERRING = Var.string("adlTransferring");
        public static final Var<String> ADL_CONTINENCE = Var.string("adlContinence");
        public static final Var<String> ADL_FEEDING = Var.string("adlFeeding");
        public static final List<Var<String>> ADL_ITEMS =
                List.of(ADL_BATHING, ADL_DRESSING, ADL_TOILETING, ADL_TRANSFERRING, ADL_CONTINENCE, ADL_FEEDING);

        public static final Var<Boolean> LACE_ADMINISTERED = Var.bool("laceAdministered");
        public static final Var<Integer> LENGTH_OF_STAY_DAYS = Var.integer(AssessmentDecisions.LENGTH_OF_STAY_DAYS);
        public static final Var<String> ADMISSION_TYPE = Var.string("admissionType");
        public static final Var<Integer> CHARLSON_INDEX = Var.integer(AssessmentDecisions.CHARLSON_INDEX);
        public static final Var<Integer> ED_VISITS_6M = Var.integer(AssessmentDecisions.ED_VISITS_6M);
        public static final List<Var<?>> LACE_ITEMS =
                List.of(LENGTH_OF_STAY_DAYS, ADMISSION_TYPE, CHARLSON_INDEX, ED_VISITS_6M);

        private Fields() {}

        private static List<Var<String>> items(String prefix, int count) {
            return IntStream.rangeClosed(1, count)
                    .mapToObj(i -> Var.string(prefix + i))
                    .toList();
        }
    }

    public static final String ADL_INDEPENDENT = "independent";
    public static final String ADMISSION_EMERGENCY = "emergency";
    public static final String YES = "yes";

    /** An answer an instrument's form offers: the code submitted (an item's score where it scores) and its label. */
    public record Answer(String code, String label) implements FormOption {}

    /** PHQ-9 and GAD-7 items: how often in the last two weeks; the code is the item's score. */
    public static final List<Answer> FREQUENCY_ANSWERS = List.of(
            new Answer("0", "Not at all (0)"),
            new Answer("1", "Several days (1)"),
            new Answer("2", "More than half the days (2)"),
            new Answer("3", "Nearly every day (3)"));

    /** Katz ADL items. */
    public static final List<Answer> ADL_ANSWERS =
            List.of(new Answer("independent", "Independent"), new Answer("dependent", "Needs help (dependent)"));

    /** HITS safety items: how often; the code is the item's score. */
    public static final List<Answer> SAFETY_ANSWERS = List.of(
            new Answer("1", "Never (1)"),
            new Answer("2", "Rarely (2)"),
            new Answer("3", "Sometimes (3)"),
            new Answer("4", "Fairly often (4)"),
            new Answer("5", "Frequently (5)"));

    /** AHC-HRSN food items (Hunger Vital Sign): how true the statement is. */
    public static final List<Answer> FOOD_ANSWERS = List.of(
            new Answer("often", "Often true"),
            new Answer("sometimes", "Sometimes true"),
            new Answer("never", "Never true"));

    private AssessmentProcess() {}
}
