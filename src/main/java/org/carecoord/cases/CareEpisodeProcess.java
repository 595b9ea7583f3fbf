package org.carecoord.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecoord.forms.FormOption;
import org.carecoord.variables.Var;

/** Names of process {@code care-episode}: one patient's episode from referral to discharge. */
public final class CareEpisodeProcess {

    public static final String KEY = "care-episode";
    public static final String START_FORM = "care-episode-start";
    /** The managers' safety follow-up, after the episode's assessment and monitoring's re-assessments alike. */
    public static final String FORM_SAFETY_FOLLOW_UP = "safety-follow-up";

    public static final String START_EVENT = "StartEvent_ReferralReceived";
    public static final String TASK_REGISTER_REFERRAL = "Task_RegisterReferral";
    public static final String CALL_INTAKE = "CallActivity_Intake";
    public static final String CALL_ASSESSMENT = "CallActivity_Assessment";
    public static final String EVENT_SAFETY_CONCERN = "Event_SafetyConcern";
    public static final String TASK_SAFETY_FOLLOW_UP = "Task_SafetyFollowUp";
    public static final String TASK_RECORD_SAFETY_FOLLOW_UP = "Task_RecordSafetyFollowUp";
    public static final String CALL_CARE_PLANNING = "CallActivity_CarePlanning";
    public static final String TASK_CANCEL_DECLINED_EPISODE = "Task_CancelDeclinedEpisode";
    /** Outreach, re-assessment and plan reviews while the plan is active; ends with the discharge reason. */
    public static final String CALL_MONITORING = "CallActivity_Monitoring";

    public static final String CALL_DISCHARGE = "CallActivity_Discharge";
    /** Terminate end: ends referrals and transitional care still running. */
    public static final String END_EPISODE_CLOSED = "EndEvent_EpisodeClosed";
    /** One referral per referral need of the active plan (multi-instance), alongside the rest of the episode. */
    public static final String CALL_REFERRALS = "CallActivity_Referrals";

    public static final String END_REFERRALS_CLOSED = "EndEvent_ReferralsClosed";
    public static final String END_PLAN_DECLINED = "EndEvent_PlanDeclined";
    public static final String END_CANCELLED = "EndEvent_EpisodeCancelled";

    /** Interrupting events that end the episode early, each through discharge with its own reason. */
    public static final String MESSAGE_PATIENT_WITHDREW = "PatientWithdrew";

    public static final String MESSAGE_PATIENT_DECEASED = "PatientDeceased";
    public static final String MESSAGE_CARE_TRANSFERRED = "CareTransferred";
    public static final String CALL_DISCHARGE_WITHDRAWN = "CallActivity_DischargePatientWithdrew";
    public static final String CALL_DISCHARGE_DECEASED = "CallActivity_DischargePatientDeceased";
    public static final String CALL_DISCHARGE_TRANSFERRED = "CallActivity_DischargeCareTransferred";

    /** Process variables: IDs and routing facts only; the case record lives in the application's tables. */
    public static final class Vars {
        public static final Var<Long> CASE_ID = Var.id("caseId");
        public static final Var<String> CASE_NUMBER = Var.string("caseNumber");
        public static final Var<String> PROGRAM = Var.string("program");
        public static final Var<String> URGENCY = Var.string("urgency");
        public static final Var<Integer> AGE = Var.integer("age");
        public static final Var<Boolean> GUARDIAN_NAMED = Var.bool("guardianNamed");
        public static final Var<String> CASE_COORDINATOR = Var.string("caseCoordinator");
        public static final Var<String> INTAKE_OUTCOME = Var.string("intakeOutcome");
        /** Referred from a hospital or emergency department: the assessment includes the LACE readmission risk. */
        public static final Var<Boolean> RECENT_HOSPITAL_STAY = Var.bool("recentHospitalStay");

        public static final Var<Long> CARE_PLAN_ID = Var.id("carePlanId");
        /** Why the episode ends (goals-met, lost-to-follow-up, patient-declined, deceased, transferred, …). */
        public static final Var<String> DISCHARGE_REASON = Var.string("dischargeReason");

        public static final Var<String> DISCHARGE_NOTE = Var.string("dischargeNote");

        private Vars() {}
    }

    /** Fields of the walk-in start form in Tasklist; removed from the process once the case is registered. */
    public static final class StartForm {
        public static final Var<String> FIRST_NAME = Var.string("firstName");
        public static final Var<String> LAST_NAME = Var.string("lastName");
        public static final Var<LocalDate> DATE_OF_BIRTH = Var.date("dateOfBirth");
        public static final Var<String> SEX = Var.string("sex");
        public static final Var<String> PHONE = Var.string("phone");
        public static final Var<String> EMAIL = Var.string("email");
        public static final Var<String> ADDRESS = Var.string("address");
        public static final Var<String> PREFERRED_LANGUAGE = Var.string("preferredLanguage");
        public static final Var<String> GUARDIAN_NAME = Var.string("guardianName");
        public static final Var<String> PROGRAM = Vars.PROGRAM;
        public static final Var<String> REFERRAL_SOURCE = Var.string("referralSource");
        public static final Var<String> REASON_FOR_REFERRAL = Var.string("reasonForReferral");
        public static final Var<String> URGENCY = Vars.URGENCY;

        public static final List<Var<?>> PATIENT_FIELDS = List.of(
                FIRST_NAME,
                LAST_NAME,
                DATE_OF_BIRTH,
                SEX,
                PHONE,
                EMAIL,
                ADDRESS,
                PREFERRED_LANGUAGE,
                GUARDIAN_NAME,
                REFERRAL_SOURCE,
                REASON_FOR_REFERRAL);

        private StartForm() {}
    }

    /** Fields of the managers' "Safety follow-up" form. */
    public static final class SafetyFields {
        public static final Var<String> ACTION_TAKEN = Var.string("safetyActionTaken");
        public static final Var<String> PATIENT_SAFE = Var.string("patientSafeNow");
        public static final Var<String> NOTE = Var.string("safetyNote");

        private SafetyFields() {}
    }

    /** What the manager did about a safety concern: the "Action taken" options of the safety follow-up form. */
    public enum SafetyAction implements FormOption {
        SAFETY_PLAN("Safety plan made with the patient"),
        CRISIS_LINE("Connected to a crisis line (988)"),
        EMERGENCY_SERVICES("Emergency services called"),
        CLINICIAN_NOTIFIED("Treating clinician notified"),
        DV_SERVICES("Referred to domestic-violence services"),
        NO_IMMEDIATE_RISK("Assessed: no immediate risk");

        private final String label;

        SafetyAction(String label) {
            this.label = label;
        }

        /** The value the form submits, e.g. {@code safety-plan}. */
        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String label() {
            return label;
        }
    }

    public static final String YES = "yes";
    /** Cancellation reason when the patient declines the care plan. */
    public static final String REASON_PATIENT_DECLINED = "patient-declined";
    /** Referral sources that mean a recent hospital stay. */
    public static final Set<String> HOSPITAL_SOURCES = Set.of("hospital", "emergency-department");

    /** Values of {@link Vars#INTAKE_OUTCOME}. */
    public static final String INTAKE_ACCEPTED = "accepted";

    public static final String INTAKE_CANCELLED = "cancelled";

    private CareEpisodeProcess() {}
}
