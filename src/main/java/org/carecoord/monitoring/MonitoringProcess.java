package org.carecoord.monitoring;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.forms.FormOption;
import org.carecoord.variables.Var;

/**
 * Names of process {@code monitoring}: called once the care plan is active, business key = case number. Each cycle
 * re-reads the contact interval from DMN {@code risk-tier} with the case's latest assessment → (plan review when 90
 * days have passed or the tier changed) → wait the interval → "Outreach contact" (up to 3 attempts, then managers;
 * missed-contact escalation) → re-assessment and referrals for new needs. Ends when discharge is due, with
 * {@link Vars#DISCHARGE_REASON}.
 */
public final class MonitoringProcess {

    public static final String KEY = "monitoring";

    public static final String START_EVENT = "StartEvent_CarePlanActive";
    public static final String TASK_START_CYCLE = "Task_StartCycle";
    public static final String TASK_DETERMINE_CONTACT_INTERVAL = "Task_DetermineContactInterval";
    public static final String GATEWAY_PLAN_REVIEW_DUE = "Gateway_PlanReviewDue";
    public static final String TASK_PREPARE_PLAN_REVIEW = "Task_PreparePlanReview";
    public static final String TASK_REVIEW_CARE_PLAN = "Task_ReviewCarePlan";
    public static final String TASK_RECORD_PLAN_REVIEW = "Task_RecordPlanReview";
    public static final String CALL_REVISE_PLAN = "CallActivity_RevisePlan";
    public static final String TIMER_CONTACT_INTERVAL = "Timer_ContactInterval";
    public static final String TASK_OUTREACH_CONTACT = "Task_OutreachContact";
    public static final String TIMER_CONTACT_MISSED = "Timer_ContactMissed";
    public static final String TASK_MISSED_CONTACT = "Task_MissedContact";
    public static final String TASK_RECORD_CONTACT = "Task_RecordContact";
    public static final String TASK_UNABLE_TO_REACH = "Task_UnableToReach";
    public static final String TASK_REQUEST_REFERRALS = "Task_RequestReferrals";
    public static final String CALL_REASSESSMENT = "CallActivity_Reassessment";
    /** Non-interrupting: the re-assessment flagged a safety risk (escalation SAFETY_CONCERN). */
    public static final String EVENT_SAFETY_CONCERN = "Event_SafetyConcern";

    public static final String TASK_SAFETY_FOLLOW_UP = "Task_SafetyFollowUp";
    public static final String TASK_RECORD_SAFETY_FOLLOW_UP = "Task_RecordSafetyFollowUp";
    public static final String TASK_NOTE_EPISODE_ENDS = "Task_NoteEpisodeEnds";
    public static final String TASK_NOTE_LOST_TO_FOLLOW_UP = "Task_NoteLostToFollowUp";
    public static final String TASK_NOTE_GOALS_MET = "Task_NoteGoalsMet";
    public static final String TASK_NOTE_PLAN_DECLINED = "Task_NotePlanDeclined";
    public static final String END_DISCHARGE_DUE = "EndEvent_DischargeDue";
    public static final String END_MISSED_CONTACT_HANDLED = "EndEvent_MissedContactHandled";

    public static final String FORM_OUTREACH_CONTACT = "monitoring-outreach-contact";
    public static final String FORM_MISSED_CONTACT = "monitoring-missed-contact";
    public static final String FORM_UNABLE_TO_REACH = "monitoring-unable-to-reach";
    public static final String FORM_REVIEW_CARE_PLAN = "monitoring-review-care-plan";
    /** One safety follow-up form for the episode and monitoring (CareEpisodeProcess.SafetyFields). */
    public static final String FORM_SAFETY_FOLLOW_UP = CareEpisodeProcess.FORM_SAFETY_FOLLOW_UP;

    /** Attempts to reach the patient in one cycle before managers decide. */
    public static final int MAX_ATTEMPTS = 3;

    public static final class Vars {
        // IN
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        public static final Var<String> URGENCY = CareEpisodeProcess.Vars.URGENCY;
        public static final Var<String> RISK_TIER = AssessmentProcess.Scores.RISK_TIER;
        public static final Var<Integer> CONTACT_INTERVAL_DAYS = AssessmentProcess.Scores.CONTACT_INTERVAL_DAYS;
        public static final Var<Long> CARE_PLAN_ID = CareEpisodeProcess.Vars.CARE_PLAN_ID;
        // OUT
        /** One of the DISCHARGE_* values. */
        public static final Var<String> DISCHARGE_REASON = CareEpisodeProcess.Vars.DISCHARGE_REASON;
        /** Short note for the discharge summary; may be null. */
        public static final Var<String> DISCHARGE_NOTE = CareEpisodeProcess.Vars.DISCHARGE_NOTE;
        // Set by the process
        /** The tier at the last plan review (or at the start): a different tier makes a review due. */
        public static final Var<String> REVIEWED_RISK_TIER = Var.string("reviewedRiskTier");
        /** ISO date from which the next scheduled plan review is due (text: the gateway hands it to MonitoringSettings). */
        public static final Var<String> REVIEW_DUE_ON = Var.string("reviewDueOn");
        /** 1..3 within a cycle. */
        public static final Var<Integer> CONTACT_ATTEMPT = Var.integer("contactAttempt");
        /** One of the OUTCOME_* values, set by "Record contact". */
        public static final Var<String> CONTACT_OUTCOME = Var.string("contactOutcome");

        public static final Var<Boolean> REASSESSMENT_NEEDED = Var.bool("reassessmentNeeded");
        /** Service codes (care planning's services) the last contact found, as a JSON list. */
        public static final Var<List<String>> NEW_SERVICE_NEEDS = Var.strings("newServiceNeeds");
        /** Labels of the plan's goals shown by the review form (null: no such goal). */
        public static final List<Var<String>> GOAL_LABELS = List.of(
                Var.string("goal1Label"),
                Var.string("goal2Label"),
                Var.string("goal3Label"),
                Var.string("goal4Label"),
                Var.string("goal5Label"));
        /** The case's care-management minutes this month, local to each outreach contact (shown by its form). */
        public static final Var<Integer> MINUTES_THIS_MONTH = Var.integer("minutesThisMonth");
        /** Inputs of the local "Note discharge reason" steps. */
        public static final Var<String> REASON = Var.string("reason");

        public static final Var<String> NOTE = Var.string("note");
        // Decision and assessment findings, read from the latest assessment each cycle
        public static final Var<Boolean> PLAN_APPROVAL_REQUIRED = AssessmentProcess.Scores.PLAN_APPROVAL_REQUIRED;
        /** The re-assessment's (out of the call); typed by the assessment's names. */
        public static final Var<Long> ASSESSMENT_ID = AssessmentProcess.Vars.ASSESSMENT_ID;

        public static final Var<String> PHQ9_SEVERITY = AssessmentProcess.Scores.PHQ9_SEVERITY;
        public static final Var<Boolean> PHQ9_SAFETY_CONCERN = AssessmentProcess.Scores.PHQ9_SAFETY_CONCERN;
        public static final Var<String> GAD7_SEVERITY = AssessmentProcess.Scores.GAD7_SEVERITY;
        public static final Var<String> READMISSION_RISK = AssessmentProcess.Scores.READMISSION_RISK;
        public static final Var<String> ADL_FUNCTION = AssessmentProcess.Scores.ADL_FUNCTION;
        public static final Var<Integer> SDOH_NEED_COUNT = AssessmentProcess.Scores.SDOH_NEED_COUNT;
        public static final Var<Boolean> HOUSING_NEED = AssessmentProcess.Scores.HOUSING_NEED;
        public static final Var<Boolean> FOOD_NEED = AssessmentProcess.Scores.FOOD_NEED;
        public static final Var<Boolean> TRANSPORTATION_NEED = AssessmentProcess.Scores.TRANSPORTATION_NEED;
        public static final Var<Boolean> UTILITY_NEED = AssessmentProcess.Scores.UTILITY_NEED;
        public static final Var<Boolean> SAFETY_NEED = AssessmentProcess.Scores.SAFETY_NEED;
        /** What DMN risk-tier reads of the latest assessment; each is null when its instrument was never given. */
        public static final List<Var<?>> FINDINGS = List.of(
                PHQ9_SEVERITY,
                PHQ9_SAFETY_CONCERN,
                GAD7_SEVERITY,
                READMISSION_RISK,
                ADL_FUNCTION,
                SDOH_NEED_COUNT,
                HOUSING_NEED,
                FOOD_NEED,
                TRANSPORTATION_NEED,
                UTILITY_NEED,
                SAFETY_NEED);

        private Vars() {}
    }

    /** Fields of "Outreach contact". */
    public static final class ContactForm {
        public static final Var<String> REACHED = Var.string("reached");
        public static final Var<String> CHANNEL = Var.string("channel");
        public static final Var<Integer> MINUTES_SPENT = Var.integer("minutesSpent");
        public static final Var<String> PATIENT_STATUS = Var.string("patientStatus");
        public static final Var<List<String>> NEW_NEEDS = Var.strings("newNeeds");
        public static final Var<Boolean> MEDICATION_CONCERNS = Var.bool("medicationConcerns");
        public static final Var<JsonNode> APPOINTMENT_1 = Var.json("appointment1");
        public static final Var<JsonNode> APPOINTMENT_2 = Var.json("appointment2");
        public static final Var<JsonNode> APPOINTMENT_3 = Var.json("appointment3");
        public static final List<Var<JsonNode>> APPOINTMENT_ROWS = List.of(APPOINTMENT_1, APPOINTMENT_2, APPOINTMENT_3);
        public static final Var<List<String>> BARRIERS = Var.strings("contactBarriers");
        public static final Var<String> NOTE = Var.string("contactNote");
        /** Empty, or why the episode ends (patient-declined, deceased, moved-out-of-area, transferred). */
        public static final Var<String> EPISODE_ENDS = Var.string("episodeEnds");
        /** Every field: cleared once recorded, so the next contact's form starts empty. */
        public static final List<Var<?>> ALL = List.of(
                REACHED,
                CHANNEL,
                MINUTES_SPENT,
                PATIENT_STATUS,
                NEW_NEEDS,
                MEDICATION_CONCERNS,
                APPOINTMENT_1,
                APPOINTMENT_2,
                APPOINTMENT_3,
                BARRIERS,
                NOTE,
                EPISODE_ENDS);

        private ContactForm() {}
    }

    /** Fields of one appointment row ({@link ContactForm#APPOINTMENT_ROWS}). */
    public static final class AppointmentRow {
        public static final String DATE = "date";
        public static final String TIME = "time";
        public static final String PROVIDER = "provider";

        private AppointmentRow() {}
    }

    /** Fields of "Missed contact" and "Unable to reach patient" (managers). */
    public static final class ManagerForms {
        public static final Var<String> MISSED_CONTACT_ACTION = Var.string("missedContactAction");
        public static final Var<String> UNABLE_TO_REACH_DECISION = Var.string("unableToReachDecision");
        public static final Var<String> UNABLE_TO_REACH_NOTE = Var.string("unableToReachNote");
        public static final List<Var<String>> ALL =
                List.of(MISSED_CONTACT_ACTION, UNABLE_TO_REACH_DECISION, UNABLE_TO_REACH_NOTE);

        private ManagerForms() {}
    }

    /** Fields of "Review care plan". */
    public static final class ReviewForm {
        public static final List<Var<String>> GOAL_OUTCOMES = List.of(
                Var.string("goal1Outcome"),
                Var.string("goal2Outcome"),
                Var.string("goal3Outcome"),
                Var.string("goal4Outcome"),
                Var.string("goal5Outcome"));
        public static final Var<String> REVIEW_DECISION = Var.string("reviewDecision");
        public static final Var<String> REVIEW_NOTE = Var.string("reviewNote");
        public static final List<Var<String>> ALL = Stream.concat(
                        GOAL_OUTCOMES.stream(), Stream.of(REVIEW_DECISION, REVIEW_NOTE))
                .toList();

        private ReviewForm() {}
    }

    /** Values of {@link Vars#CONTACT_OUTCOME}. */
    public static final String OUTCOME_REACHED = "reached";

    public static final String OUTCOME_NOT_REACHED = "not-reached";
    public static final String OUTCOME_UNREACHABLE = "unreachable";
    public static final String OUTCOME_EPISODE_ENDS = "episode-ends";

    /** Values of {@link ContactForm#REACHED}. */
    public static final String YES = "yes";

    public static final String NO = "no";
    /** Values of {@link ContactForm#PATIENT_STATUS}. */
    public static final String STATUS_IMPROVING = "improving";

    public static final String STATUS_STABLE = "stable";
    public static final String STATUS_WORSENING = "worsening";

    /** Values of {@link ManagerForms#UNABLE_TO_REACH_DECISION}. */
    public static final String DECISION_CONTINUE = "continue";

    public static final String DECISION_DISCHARGE = "discharge";
    /** Values of {@link ReviewForm#REVIEW_DECISION} (besides {@link #DECISION_CONTINUE}). */
    public static final String DECISION_REVISE = "revise";

    public static final String DECISION_PROPOSE_DISCHARGE = "propose-discharge";
    /** Values of the goal outcomes. */
    public static final List<String> GOAL_OUTCOME_VALUES =
            Stream.of(GoalOutcome.values()).map(GoalOutcome::code).toList();

    /** Values of {@link Vars#DISCHARGE_REASON}. */
    public static final String DISCHARGE_GOALS_MET = "goals-met";

    public static final String DISCHARGE_LOST_TO_FOLLOW_UP = "lost-to-follow-up";
    public static final String DISCHARGE_PATIENT_DECLINED = "patient-declined";
    public static final String DISCHARGE_TRANSFERRED = "transferred";
    public static final String DISCHARGE_DECEASED = "deceased";
    public static final String DISCHARGE_MOVED_OUT_OF_AREA = "moved-out-of-area";
    public static final String DISCHARGE_OTHER = "other";
    public static final List<String> DISCHARGE_REASONS = List.of(
            DISCHARGE_GOALS_MET,
            DISCHARGE_LOST_TO_FOLLOW_UP,
            DISCHARGE_PATIENT_DECLINED,
            DISCHARGE_TRANSFERRED,
            DISCHARGE_DECEASED,
            DISCHARGE_MOVED_OUT_OF_AREA,
            DISCHARGE_OTHER);

    /** How far a goal is met at a plan review ("Review care plan", served as {@code goalReviewOutcomeOptions}). */
    public enum GoalOutcome implements FormOption {
        MET("met", "Met"),
        PARTLY_MET("partly-met", "Partly met"),
        NOT_MET("not-met", "Not met");

        private final String code;
        private final String label;

        GoalOutcome(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How a contact was made ({@link ContactForm#CHANNEL}, served as {@code contactChannelOptions}). */
    public enum ContactChannel implements FormOption {
        PHONE("phone", "Phone"),
        VIDEO("video", "Video"),
        IN_PERSON("in-person", "In person"),
        TEXT("text", "Text message"),
        EMAIL("email", "E-mail");

        private final String code;
        private final String label;

        ContactChannel(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private MonitoringProcess() {}
}
