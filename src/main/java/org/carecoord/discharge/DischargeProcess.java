package org.carecoord.discharge;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.forms.FormOption;
import org.carecoord.variables.Var;

/**
 * Names of process {@code discharge}: called by the care episode (business key = case number) when the episode ends.
 * The coordinator prepares the discharge summary → other referral processes of the case are stopped → open referrals
 * are cancelled and their providers told → the patient is told (unless deceased) → the case is finished (or
 * cancelled when no plan was ever active) and the plan completed (or revoked).
 */
public final class DischargeProcess {

    public static final String KEY = "discharge";

    public static final String START_EVENT = "StartEvent_DischargeProposed";
    public static final String TASK_GATHER_SUMMARY_DATA = "Task_GatherSummaryData";
    public static final String TASK_PREPARE_SUMMARY = "Task_PrepareDischargeSummary";
    public static final String TASK_RECORD_SUMMARY = "Task_RecordDischargeSummary";
    public static final String TASK_STOP_REFERRAL_PROCESSES = "Task_StopReferralProcesses";
    public static final String TASK_CANCEL_OPEN_REFERRALS = "Task_CancelOpenReferrals";
    public static final String GATEWAY_TELL_PATIENT = "Gateway_TellPatient";
    public static final String TASK_NOTIFY_PATIENT = "Task_NotifyPatient";
    public static final String GATEWAY_PATIENT_TOLD = "Gateway_PatientTold";
    public static final String TASK_CLOSE_EPISODE = "Task_CloseEpisode";
    public static final String END_DISCHARGED = "EndEvent_PatientDischarged";

    public static final String FORM_PREPARE_SUMMARY = "discharge-prepare-summary";

    /**
     * Messages that end an episode, correlated by business key (the case number) by {@link EpisodeEvents}, each with
     * {@link Vars#DISCHARGE_REASON} and {@link Vars#DISCHARGE_NOTE} (and {@link Vars#DATE_OF_DEATH} or
     * {@link Vars#RECEIVING_ORGANISATION}); the episode catches them and calls this process.
     */
    public static final String MESSAGE_PATIENT_WITHDREW = "PatientWithdrew";

    public static final String MESSAGE_PATIENT_DECEASED = "PatientDeceased";
    public static final String MESSAGE_CARE_TRANSFERRED = "CareTransferred";

    /** Delete reason of referral process instances the discharge ends, and status reason of cancelled referrals. */
    public static final String PATIENT_DISCHARGED = "patient discharged";

    /** Rows of goal outcomes the summary form offers (the care plan form allows as many goals). */
    public static final int MAX_GOALS = 5;

    public static final class Vars {
        // IN
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        /** The care plan (may be absent or null: the episode ended before a plan was active). */
        public static final Var<Long> CARE_PLAN_ID = CareEpisodeProcess.Vars.CARE_PLAN_ID;
        /** The proposed reason, one of {@link DischargeProcess#REASONS} (may be null); the summary form confirms it. */
        public static final Var<String> DISCHARGE_REASON = CareEpisodeProcess.Vars.DISCHARGE_REASON;
        /** Why, from the event or decision that ended the episode; shown in the form (may be null). */
        public static final Var<String> DISCHARGE_NOTE = CareEpisodeProcess.Vars.DISCHARGE_NOTE;
        /** Optional: set by a CareTransferred event; prefills the form. */
        public static final Var<String> RECEIVING_ORGANISATION = Var.string("receivingOrganisation");
        /** Optional: set by a PatientDeceased event (held as ISO text); shown in the form. */
        public static final Var<LocalDate> DATE_OF_DEATH = Var.date("dateOfDeath");
        // Set by the process, for the form
        /** "goal1Label" … "goal5Label": the plan's goals, one line each; absent rows are hidden. */
        public static final List<Var<String>> GOAL_LABELS = numbered("Label");
        /** Rows {instrument, score, band} of the latest completed assessment (a read-only table). */
        public static final Var<JsonNode> FINAL_SCORES = Var.json("finalScores");

        public static final Var<String> FINAL_RISK_TIER = Var.string("finalRiskTier");
        // OUT
        /** The case's status at the end: {@link DischargeProcess#OUTCOME_FINISHED} or {@link DischargeProcess#OUTCOME_CANCELLED}. */
        public static final Var<String> DISCHARGE_OUTCOME = Var.string("dischargeOutcome");

        private Vars() {}
    }

    /** Fields of "Prepare discharge summary" (besides the reason and receiving organisation of {@link Vars}). */
    public static final class SummaryForm {
        public static final Var<String> DISCHARGE_REASON = Vars.DISCHARGE_REASON;
        public static final Var<String> RECEIVING_ORGANISATION = Vars.RECEIVING_ORGANISATION;
        /** "goal1Outcome" … "goal5Outcome": the achievement of the goal in the same row, a {@link DischargeProcess#ACHIEVEMENTS} code. */
        public static final List<Var<String>> GOAL_OUTCOMES = numbered("Outcome");

        public static final Var<String> SUMMARY_NOTE = Var.string("dischargeSummary");

        private SummaryForm() {}
    }

    /** Values of {@link Vars#DISCHARGE_REASON}. */
    public static final String REASON_GOALS_MET = "goals-met";

    public static final String REASON_PATIENT_DECLINED = "patient-declined";
    public static final String REASON_TRANSFERRED = "transferred";
    public static final String REASON_LOST_TO_FOLLOW_UP = "lost-to-follow-up";
    public static final String REASON_DECEASED = "deceased";
    public static final String REASON_MOVED_OUT_OF_AREA = "moved-out-of-area";
    public static final String REASON_OTHER = "other";
    public static final List<String> REASONS = List.of(
            REASON_GOALS_MET,
            REASON_PATIENT_DECLINED,
            REASON_TRANSFERRED,
            REASON_LOST_TO_FOLLOW_UP,
            REASON_DECEASED,
            REASON_MOVED_OUT_OF_AREA,
            REASON_OTHER);

    /** Values of the goal outcomes (FHIR Goal.achievementStatus). */
    public static final String ACHIEVED = "achieved";

    public static final List<String> ACHIEVEMENTS =
            Stream.of(GoalOutcome.values()).map(GoalOutcome::code).toList();

    /** Values of {@link Vars#DISCHARGE_OUTCOME}: the case's status (FHIR EpisodeOfCare). */
    public static final String OUTCOME_FINISHED = "finished";

    public static final String OUTCOME_CANCELLED = "cancelled";

    private static List<Var<String>> numbered(String suffix) {
        return IntStream.rangeClosed(1, MAX_GOALS)
                .mapToObj(i -> Var.string("goal" + i + suffix))
                .toList();
    }

    /** A goal's outcome in the discharge summary, FHIR Goal.achievementStatus (served as
     *  {@code dischargeGoalOutcomeOptions}). */
    public enum GoalOutcome implements FormOption {
        ACHIEVED(DischargeProcess.ACHIEVED, "Met"),
        IMPROVING("improving", "Partly met (improving)"),
        NOT_ACHIEVED("not-achieved", "Not met"),
        NOT_ATTAINABLE("not-attainable", "No longer attainable");

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

    private DischargeProcess() {}
}
