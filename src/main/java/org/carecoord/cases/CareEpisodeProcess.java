package org.carecoord.cases;

import java.util.List;
import java.util.Set;

/** Names of process {@code care-episode}: one patient's episode from referral to discharge. */
public final class CareEpisodeProcess {

    public static final String KEY = "care-episode";
    public static final String START_FORM = "care-episode-start";
    public static final String FORM_SAFETY_FOLLOW_UP = "care-episode-safety-follow-up";

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
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String PROGRAM = "program";
        public static final String URGENCY = "urgency";
        public static final String AGE = "age";
        public static final String GUARDIAN_NAMED = "guardianNamed";
        public static final String CASE_COORDINATOR = "caseCoordinator";
        public static final String INTAKE_OUTCOME = "intakeOutcome";
        /** Referred from a hospital or emergency department: the assessment includes the LACE readmission risk. */
        public static final String RECENT_HOSPITAL_STAY = "recentHospitalStay";
        public static final String CARE_PLAN_ID = "carePlanId";
        /** Why the episode ends (goals-met, lost-to-follow-up, patient-declined, deceased, transferred, …). */
        public static final String DISCHARGE_REASON = "dischargeReason";
        public static final String DISCHARGE_NOTE = "dischargeNote";

        private Vars() {
        }
    }

    /** Fields of the walk-in start form in Tasklist; removed from the process once the case is registered. */
    public static final class StartForm {
        public static final String FIRST_NAME = "firstName";
        public static final String LAST_NAME = "lastName";
        public static final String DATE_OF_BIRTH = "dateOfBirth";
        public static final String SEX = "sex";
        public static final String PHONE = "phone";
        public static final String EMAIL = "email";
        public static final String ADDRESS = "address";
        public static final String PREFERRED_LANGUAGE = "preferredLanguage";
        public static final String GUARDIAN_NAME = "guardianName";
        public static final String PROGRAM = Vars.PROGRAM;
        public static final String REFERRAL_SOURCE = "referralSource";
        public static final String REASON_FOR_REFERRAL = "reasonForReferral";
        public static final String URGENCY = Vars.URGENCY;

        public static final List<String> PATIENT_FIELDS = List.of(FIRST_NAME, LAST_NAME,
                DATE_OF_BIRTH, SEX, PHONE, EMAIL, ADDRESS, PREFERRED_LANGUAGE, GUARDIAN_NAME, REFERRAL_SOURCE,
                REASON_FOR_REFERRAL);

        private StartForm() {
        }
    }

    /** Fields of the managers' "Safety follow-up" form. */
    public static final class SafetyFields {
        public static final String ACTION_TAKEN = "safetyActionTaken";
        public static final String PATIENT_SAFE = "patientSafeNow";
        public static final String NOTE = "safetyNote";

        private SafetyFields() {
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

    private CareEpisodeProcess() {
    }
}
